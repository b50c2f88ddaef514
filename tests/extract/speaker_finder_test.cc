#include "extract_fixture.h"

#include <gmock/gmock.h>

namespace sitrep::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

class SpeakerFinderTest : public ExtractFixture {};

TEST_F(SpeakerFinderTest, TheRestOfASiteNameIsNoPerson) {
  Record r = Run("The open-source website DeepStateMap.Live said on Friday evening that the line held.");
  EXPECT_TRUE(r.speakers.empty()) << r.speakers[0].name;
  // A missing space after a full stop: the name after it is a name.
  r = Run("He wrote so on VKontakte.Oleksiy Rudenko, an adviser, said the line held.");
  ASSERT_EQ(r.speakers.size(), 1u);
  EXPECT_EQ(r.speakers[0].name, "Oleksiy Rudenko");
}

TEST_F(SpeakerFinderTest, NameThenVerbWithTitleAndAppositive) {
  Record r = Run("Major-General Oleg Varnin, a senior regional commander, confirmed the report. "
                 "Varnin stated that the line held.");
  ASSERT_THAT(SpeakerNames(r), ElementsAre("Oleg Varnin"));
  EXPECT_EQ(r.speakers[0].role, "Major-General");
}

// The claim sits in the first sentence of a two-sentence quotation whose
// attribution closes the second.
TEST_F(SpeakerFinderTest, MultiSentenceQuotationHasOneSpeaker) {
  const std::vector<PlaceSpec> places = {{"Zarichne", "Zarichne"}};
  Record r = Run("Ivan Dorofeev commands a battalion. \u201cFighting for Zarichne goes on. We hold our "
                 "lines,\u201d Dorofeev said. Fighting for Zarichne goes on, residents wrote.",
                 places);
  ASSERT_THAT(SpeakerNames(r), ElementsAre("Ivan Dorofeev"));
  ASSERT_EQ(r.claims.size(), 2u);
  EXPECT_EQ(r.claims[0].speaker, "Ivan Dorofeev");
  EXPECT_EQ(r.claims[1].speaker, "");  // outside the quotation
}

TEST_F(SpeakerFinderTest, OrganisationsAndNationalitiesAreNoPeople) {
  for (const char* text : {"The Rapid Reaction Corps said the town is surrounded.",
                           "The Policy Research Institute reported that the town is surrounded.",
                           "The Independent reported that the town is surrounded.",
                           // Capitalised words after an organisation's noun name it.
                           "The Centre Against Falsehoods said the report was untrue.",
                           "The Centre for Strategic Research said the front was stable.",
                           "Russian State Media reported that the town is surrounded.",
                           // A word that only qualifies a title, before a lone word.
                           "The Centre for Defense Studies said the front was stable.",
                           "The Freedom of Ruthenia Legion announced that it took the village.",
                           "South Africa said the summit should go ahead.",
                           // An outlet in the phrase after the comma is the verb's subject.
                           "Losses were higher than in the Second Winter War, the BBC reported on Monday.",
                           // An outlet's acronym in brackets after its name.
                           "The British Broadcasting Corporation (BBC) acknowledges this achievement.",
                           // A passive with its agent: the subject is what was said.
                           "The claim about the Ridge River is partially confirmed by a report.",
                           // A headline's name and colon.
                           "Ivan Dolin: A Profile Of The Russian General Today.",
                           "Ukrainian Officials have claimed that the push forced a redeployment.",
                           "Freedom of Ruthenia said the village was taken.",
                           "The ministry informed the head of the regional administration Ivan Dolin."}) {
    EXPECT_TRUE(Run(text).speakers.empty()) << text;
  }
  Record r = Run("Austrian analyst Markus Reisner said the town is surrounded.");
  EXPECT_THAT(SpeakerNames(r), ElementsAre("Markus Reisner"));
}

TEST_F(SpeakerFinderTest, VerbThenName) {
  Record r = Run("\u2018We are leaving tonight,\u2019 said Anna Kovalchuk, a teacher from the east.");
  ASSERT_THAT(SpeakerNames(r), ElementsAre("Anna Kovalchuk"));
  EXPECT_EQ(r.speakers[0].role, "a teacher from the east");
  // A lower-case title between the verb and the name.
  r = Run("\u201CThe shelling goes on,\u201D stated Odesa governor Petro Hnatyuk, naming the villages.",
          {{"Odesa", "Odesa"}});
  EXPECT_THAT(SpeakerNames(r), ElementsAre("Petro Hnatyuk"));
  // A person whose title follows an organisation's noun.
  r = Run("Head of the Office of President Taras Hnatyuk said the line held.");
  EXPECT_THAT(SpeakerNames(r), ElementsAre("Taras Hnatyuk"));
  // The organisation's noun must stand in the name's sentence.
  r = Run("Briefing at the Foreign Ministry\nTaras Hnatyuk said the line held.");
  EXPECT_THAT(SpeakerNames(r), ElementsAre("Taras Hnatyuk"));
}

TEST_F(SpeakerFinderTest, PatternTable) {
  struct Case {
    const char* text;
    const char* speaker;
  } cases[] = {
      {"According to Ruslan Tkach, the bridge is gone.", "Ruslan Tkach"},
      // A role phrase between "according to" and the name.
      {"According to the village elder, Olha Rudenko, about 900 people stayed.", "Olha Rudenko"},
      // A possessive and a lower-case title before the name.
      {"Five people were hurt in the town, according to its mayor Ivan Shvets.", "Ivan Shvets"},
      {"Two people were hurt in the region, announced its governor Ivan Shvets.", "Ivan Shvets"},
      // A title-case role in apposition; an adverb before the verb; more verbs.
      {"Oksana Hrytsai, Deputy Defense Minister, said that the line held.", "Oksana Hrytsai"},
      {"Denys Maslov, the head of the district, moreover affirmed that the bridge held.", "Denys Maslov"},
      {"Taras Lemko, the deputy commander of the brigade, specified that the attack failed.", "Taras Lemko"},
      {"Army chief Ivan Horenko publicly vowed to relieve the town within a week.", "Ivan Horenko"},
      {"The claim was corroborated by Boris Lentov, an aide to the governor.", "Boris Lentov"},
      {"The report came from analyst Yuri Gavrin, who argued that supplies were short.", "Yuri Gavrin"},
      {"Asked about the reports, Sviatoslav Pomar replied: \u2018It is true.\u2019", "Sviatoslav Pomar"},
      {"The activist Sergei Dolin, who first reported the incident on his channel, called it a warning.", "Sergei Dolin"},
      {"Defense Minister Petr Salov has repeatedly stressed the point.", "Petr Salov"},
      {"In an interview, Marta Zelenko reportedly stated that the town was quiet.", "Marta Zelenko"},
      {"\u2018It is over,\u2019 said General Ilya Borin.", "Ilya Borin"},
      {"According to military expert Andrei Marchenko, the town is surrounded.", "Andrei Marchenko"},
      {"The town is surrounded, said officer Serhii Tkachenko.", "Serhii Tkachenko"},
      {"According to Russian military expert Oleg Varnin, the steppe is hard to defend.", "Oleg Varnin"},
      {"Expert Ivan Dolin on May 22, in a conversation with a newspaper, noted that the front held.", "Ivan Dolin"},
      {"President Ivan Dolin condemned the raid as a provocation.", "Ivan Dolin"},
      {"The region's head, Ivan Dolin, downplayed reports of a landing.", "Ivan Dolin"},
      {"Some 11,000 people left, reported Stavky Oblast Governor Ivan Dolin.", "Ivan Dolin"},
      {"The chief of staff for President Ivan Dolin, Petro Salov, revealed that the bank was held.", "Petro Salov"},
      {"President Ivan Dolin labeled the incursion a provocation.", "Ivan Dolin"},
      {"General Ivan Dolin issued a claim, alleging that the bridge was mined.", "Ivan Dolin"},
      {"On May 1, Presidential Spokesman Ivan Dolin said that the visit went well.", "Ivan Dolin"},
      {"Deputy Minister Petra Salova assured on Telegram that no position was lost.", "Petra Salova"},
      {"Lawmaker Oleg Varnin tweeted: \"The town is surrounded!\"", "Oleg Varnin"},
      // "Name, <verb> <Subject>": the verb is the subject's, after it.
      {"Troops pushed on near Dolinka and Varnovka, reports Ivan Dolin.", "Ivan Dolin"},
      {"The analyst, Oleg Varnin, told a newspaper that the town fell.", "Oleg Varnin"},
      {"The analyst, Oleg Varnin, told Izvestia that the town fell.", "Oleg Varnin"},
      {"The Kremlin spokesman, Ivan Dolin, said Thursday that talks stalled.", "Ivan Dolin"},
      {"The analyst, Oleg Varnin, said Russian troops advanced.", "Oleg Varnin"},
      // A passive reporting verb, "by", a title or a role phrase, the name,
      // then the circumstances.
      {"These figures were reported by Commander-in-Chief of the Army Ivan Dolin during a briefing.", "Ivan Dolin"},
      {"This figure was stated by the spokesman for the eastern group Ivan Dolin on air.", "Ivan Dolin"},
      {"Ivan Dolin, a military analyst, clarifies that the army lost 13 thousand marines.", "Ivan Dolin"},
      // Inverted: a reporting verb, an article and a role or title phrase, the name.
      {"The town is surrounded, said the head of the regional administration Ivan Dolin.", "Ivan Dolin"},
      // (Or a side's possessive opening the role phrase.)
      {"\u201cThe enemy is pressing,\u201d said Ukraine's senior commander in the area, Ivan Dolin.", "Ivan Dolin"},
      // The subject that opens the sentence speaks in a participle clause.
      {"President Ivan Dolin dismissed the mayor last week, saying the city needed a new manager.", "Ivan Dolin"},
      // "Gov." is a title; "mentioned" and "issued warnings" report.
      {"Thousands have fled the region, according to Gov. Ivan Dolin.", "Ivan Dolin"},
      {"Marta Zelenko mentioned that the town was quiet.", "Marta Zelenko"},
      {"In the interview, Ivan Dolin, the military expert, pointed out that the town would fall.", "Ivan Dolin"},
      {"Petr Salov expects that the enemy will intensify its attacks.", "Petr Salov"},
      {"President Ivan Dolin issued warnings that the enemy is preparing an assault.", "Ivan Dolin"},
      // An adverb between the name's comma and the verb; an appositive
      // whose closing comma was left out.
      {"The head of the region, Petr Salov, officially confirmed that the villages fell.", "Petr Salov"},
      {"Petr Salov, the head of the city administration mentioned on TV that the city is surrounded.", "Petr Salov"},
      {"However, Ivan Dolin, a military expert, cautions that it is premature to speak of calm.", "Ivan Dolin"},
      {"The minister, Ivan Dolin, proudly declaring on Telegram that the town was free, left.", "Ivan Dolin"},
      // A day after the name's comma; a bracket between name and verb.
      {"Russia's defence minister, Ivan Dolin, on Wednesday announced that troops would retreat.", "Ivan Dolin"},
      {"On October 4, the blogger Ivan Dolin (a.k.a. Ivan Girin) wrote that the front collapsed.", "Ivan Dolin"},
      {"Ivan Dolin (58) wrote that the front collapsed.", "Ivan Dolin"},
      // Citing, responding, informing a listener that names no speaker.
      {"Governor Ivan Dolin cited the town of Lisne, which is 20 kilometres from the front.", "Ivan Dolin"},
      {"Ivan Dolin, a volunteer of the brigade, responded to the ministry's statement.", "Ivan Dolin"},
      {"Ivan Dolin, spokesman for the brigade, informed reporters that a team captured six troops.", "Ivan Dolin"},
      // A participle after a surname the text introduced in full.
      {"President Ivan Dolin arrived. Dolin praised the gains, calling them crucial.", "Ivan Dolin"},
      {"Police chief Ivan Dolin was quoted by local television as saying the plant was stormed.", "Ivan Dolin"},
      // A translation's inversion; a full name, a colon, what the person says.
      {"About it informed head of the Stavky regional military administration Ivan Dolin.", "Ivan Dolin"},
      {"Ivan Dolin: Our people went to the town and took it.", "Ivan Dolin"},
      // A person of a body; a unit's quoted name closed after its comma.
      {"Ivan Dolin of Ukraine's Security Council said that troops face a crisis.", "Ivan Dolin"},
      // A title ending in "of Defense" before the surname.
      {"Minister of Defense Dolin said Russian forces took the village.", "Dolin"},
      {"The commander of the 47th brigade \"Ridge,\" Ivan Dolin, called for the right decisions.", "Ivan Dolin"},
      // The medium and the day between name and verb; "denounced".
      {"President Ivan Dolin in a video address on September 4 said that the army freed a village.", "Ivan Dolin"},
      {"Ivan Dolin in an interview said the front held.", "Ivan Dolin"},
      {"As the governor of the region, Ivan Dolin, denounced on Telegram.", "Ivan Dolin"},
      {"Reporter Ivan Dolin, a local resident, at 11:00 posted a report saying the town was free.", "Ivan Dolin"},
      {"LPR Assistant Interior Minister Ivan Dolin said on Monday that the attack failed.", "Ivan Dolin"},
      {"Ivan Dolin was speaking to reporters about the front on Friday.", "Ivan Dolin"},
  };
  for (const auto& c : cases) {
    Record r = Run(c.text);
    EXPECT_THAT(SpeakerNames(r), ElementsAre(c.speaker)) << c.text;
  }
}

TEST_F(SpeakerFinderTest, CallSign) {
  Record r = Run("The outlet cited an unnamed soldier under the call sign Falcon. "
                 "\u2018We hold,\u2019 Falcon said.");
  ASSERT_THAT(SpeakerNames(r), ElementsAre("Falcon"));
  EXPECT_TRUE(r.speakers[0].anonymous);
}

// A participle clause attributes to a named subject only.
TEST_F(SpeakerFinderTest, ParticipleClauseNeedsANamedSubject) {
  EXPECT_TRUE(Run("Residents fled the town, saying the shelling was heavy.").speakers.empty());
  EXPECT_TRUE(Run("Kordon troops shelled the depot, saying it held fuel.").speakers.empty());
}

// "said Name" is Name speaking; "told Name" is Name listening.
// "neither confirmed nor denied"; a date with an abbreviated month between
// name and verb.
TEST_F(SpeakerFinderTest, NeitherAndAbbreviatedDates) {
  EXPECT_THAT(SpeakerNames(Run("Ivan Dolin neither confirmed nor denied the reports.")), ElementsAre("Ivan Dolin"));
  EXPECT_THAT(SpeakerNames(Run("Ivan Dolin on Jan. 11 said the reports were false.")), ElementsAre("Ivan Dolin"));
  EXPECT_THAT(SpeakerNames(Run("The President's spokesman Ivan Dolin on Jan. 11 neither confirmed nor denied it.")),
              ElementsAre("Ivan Dolin"));
}

TEST_F(SpeakerFinderTest, TheOneToldIsNoSpeaker) {
  EXPECT_TRUE(Run("The army chief also told Kordon that the town held.").speakers.empty());
  EXPECT_THAT(SpeakerNames(Run("The town held, said Ivan Dolin.")), ElementsAre("Ivan Dolin"));
  EXPECT_TRUE(Run("The ministry said Stavky Governor Ivan Dolin had been injured.", {{"Stavky", "Stavky"}})
                  .speakers.empty());
  EXPECT_TRUE(Run("Officials described Stavky Mayor Ivan Dolin as exhausted.", {{"Stavky", "Stavky"}}).speakers.empty());
  // Nor is the one spoken of.
  EXPECT_TRUE(Run("Moscow condemned Ivan Dolin as divorced from reality.").speakers.empty());
  EXPECT_TRUE(Run("The ministry dismissed Ivan Dolin as a clown.").speakers.empty());
  EXPECT_THAT(SpeakerNames(Run("Ivan Dolin, in a video address, condemned the strikes.")), ElementsAre("Ivan Dolin"));
}

// A lone name after a unit noun is the unit's ("the group Dolina said");
// a role noun before a name is no unit noun.
TEST_F(SpeakerFinderTest, UnitNamesAreNoPeople) {
  EXPECT_TRUE(Run("The operational-tactical group Dolina indicated that the town held.").speakers.empty());
  EXPECT_TRUE(Run("The brigade Kordon said the town held.").speakers.empty());
  EXPECT_THAT(SpeakerNames(Run("The unit commander Petrenko said the town held.")), ElementsAre("Petrenko"));
}

TEST_F(SpeakerFinderTest, InstitutionsAreNotPeople) {
  Record r = Run("The Kremlin said nothing. The Defense Ministry reported new strikes. "
                 "The General Staff denied the claim.");
  EXPECT_TRUE(r.speakers.empty());
  std::vector<std::string> names;
  for (const auto& i : r.institutions) names.push_back(i.name);
  EXPECT_THAT(names, UnorderedElementsAre("the Kremlin", "the Defense Ministry", "the General Staff"));
  // An intelligence service is one.
  r = Run("On 15 February, Ukraine's Defence Intelligence reported that losses were the largest.");
  EXPECT_TRUE(r.speakers.empty()) << r.speakers[0].name;
  // Commands and armed groups named like people or places.
  r = Run("\u201CThe line holds,\u201D Operational Command South said. Wagner claimed the town on Sunday.");
  EXPECT_TRUE(r.speakers.empty()) << r.speakers[0].name;
  names.clear();
  for (const auto& i : r.institutions) names.push_back(i.name);
  EXPECT_THAT(names, UnorderedElementsAre("Operational Command South", "the Wagner Group"));
}

TEST_F(SpeakerFinderTest, TitleCaseHeadlineWordsAreNoNames) {
  Record r = Run("Forces Intensify Efforts to Hold the Town Amid Encirclement, Says Expert\n\n"
                 "The town is ringed by barricades, military expert Oleg Varnin said.");
  EXPECT_THAT(SpeakerNames(r), ElementsAre("Oleg Varnin"));
}

TEST_F(SpeakerFinderTest, OutletNamesAreNoPeople) {
  EXPECT_THAT(SpeakerNames(Run("A report by state-run Suspilne Novyni confirmed the retreat.")), ElementsAre());
  EXPECT_THAT(SpeakerNames(Run("The strike was first reported by Interfax-Ukraine, URA-Inform reports.")), ElementsAre());
  EXPECT_THAT(SpeakerNames(Run("A report by TASS said that, and Petro Halych confirmed it.")), ElementsAre("Petro Halych"));
  EXPECT_THAT(SpeakerNames(Run("The 24th Separate Assault Battalion \"Aidar\" announced the news.")), ElementsAre());
}

TEST_F(SpeakerFinderTest, NoSpeakerWithoutReportingPattern) {
  Record r = Run("Residents said the shelling stopped. Analysts remain divided. "
                 "President Ivan Dorov visited the front. Russian Armed Forces stated nothing new.");
  EXPECT_TRUE(r.speakers.empty()) << SpeakerNames(r).size();
  // What others say of a person ("was said to", "is reported to"); an
  // organisation's name ("Global Rights Compliance").
  for (const char* text : {"The retreat is a blow to President Ivan Dorov, who was said to have been furious.",
                           "Ivan Dorov is reported to have ordered the retreat.",
                           "A report by Global Rights Compliance documented the use of starvation, it said.",
                           // A misspelt side before its troops.
                           "A governor on Tuesday said Ukrainain forces had attempted incursions."}) {
    EXPECT_TRUE(Run(text).speakers.empty()) << text;
  }
}

TEST_F(SpeakerFinderTest, LoneSurnameNeedsIntroduction) {
  Record r = Run("Militia commander Stepan Orlik spoke first. Orlik said the road was cut.");
  EXPECT_THAT(SpeakerNames(r), ElementsAre("Stepan Orlik"));
}

TEST_F(SpeakerFinderTest, PronounCarriesLastSpeaker) {
  Record r = Run("Lev Marin said the village was taken. He noted that troops entered Brod.",
                 {{"Brod", "Brid"}});
  ASSERT_EQ(r.speakers.size(), 1u);
  ASSERT_FALSE(r.claims.empty());
  EXPECT_EQ(r.claims.back().speaker, "Lev Marin");
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

// Names inside an appositive or relative clause do not speak; a clause
// after "according to X," is no appositive; brands and platforms are
// outlets or nothing.
TEST_F(SpeakerFinderTest, AppositivesClausesAndBrands) {
  Record r = Run("\u2018We hold the town,\u2019 Pavel Orlik, who is a close ally of President Ivan Dobry, said.");
  EXPECT_THAT(SpeakerNames(r), ElementsAre("Pavel Orlik"));
  r = Run("The city holds, Marko Lysak, a senior adviser to President Ivan Dobry, said in a statement.");
  EXPECT_THAT(SpeakerNames(r), ElementsAre("Marko Lysak"));
  r = Run("According to Ruslan Tkach, the army advanced.");
  ASSERT_THAT(SpeakerNames(r), ElementsAre("Ruslan Tkach"));
  EXPECT_EQ(r.speakers[0].role, "");
  r = Run("As reported by EADaily, the army advanced.");
  EXPECT_TRUE(r.speakers.empty());
  ASSERT_EQ(r.outlets.size(), 1u);
  EXPECT_EQ(r.outlets[0].name, "EADaily");
  r = Run("The Ukrainian analytical resource Nova Karta reported that the front held.");
  EXPECT_TRUE(r.speakers.empty());
  ASSERT_EQ(r.outlets.size(), 1u);
  EXPECT_EQ(r.outlets[0].name, "Nova Karta");
  r = Run("They added in a Facebook update that the line held.");
  EXPECT_TRUE(r.speakers.empty());
  r = Run("Oleh Marchuk indicated that the line held. Later Marchuk himself reportedly stating that it did not.");
  EXPECT_THAT(SpeakerNames(r), ElementsAre("Oleh Marchuk"));
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

// Dates between a name and its verb, passive attributions with a role,
// and words that only look like names: groups after an article, hyphenated
// adjectives, title-case headline words before "Says".
TEST_F(SpeakerFinderTest, DatesPassivesGroupsAndHeadlines) {
  struct Case {
    const char* text;
    std::vector<std::string> names;
  } cases[] = {
      {"Army spokesman Petro Halych on Friday also told a briefing that the line held.", {"Petro Halych"}},
      {"President Ivan Dobry on May 12 repeated his demand for a withdrawal.", {"Ivan Dobry"}},
      {"Commander Oleh Marchuk complained about the shortage of shells.", {"Oleh Marchuk"}},
      {"This was stated on radio by the spokesman for the southern grouping of forces, Nazar Velyk.", {"Nazar Velyk"}},
      // Accusations, announcements in a participle, a relative "who spoke".
      {"President Ivan Dobry accused the soldiers of mining the fields.", {"Ivan Dobry"}},
      {"The financier, Petro Halych, was less tight-lipped, announcing Tuesday that the mine was taken.",
       {"Petro Halych"}},
      {"General Oleh Marchuk, who spoke as the map appeared, made no mention of the losses.", {"Oleh Marchuk"}},
      // A long role phrase; the reporting verb farther before "by".
      {"This was reported on the air of Radio Zoria by the acting press officer of the 32nd separate mechanised "
       "brigade of the Armed Forces of Ukraine, Oleksandr Bordiyan.",
       {"Oleksandr Bordiyan"}},
      // Two names that speak together; not an object's name before "and".
      {"Ivan Dobry and Petro Halych said the line held.", {"Ivan Dobry", "Petro Halych"}},
      {"Residents of Ivan Dobry Street and Petro Halych said the line held.", {"Petro Halych"}},
      {"According to Ivan Dobry and Petro Halych, the line held.", {"Ivan Dobry", "Petro Halych"}},
      {"According to Ivan Dobry, troops advanced near the river and Petro Halych was wounded.", {"Ivan Dobry"}},
      {"Ivan Dobry, a commander, and Petro Halych, a spokesman, said the line held.", {"Ivan Dobry", "Petro Halych"}},
      {"Ivan Dobry, who met Oleh Marchuk and Petro Halych, said the line held.", {"Ivan Dobry"}},
      // A name and a short role before a colon and a quotation.
      {"Petro Halych, Governor of the region: \"The clean-up continues.\"", {"Petro Halych"}},
      // A denial or a remark in a participle.
      {"Despite President Ivan Dobry denying any progress, the line moved.", {"Ivan Dobry"}},
      {"Officials acknowledged the problems, with Petro Halych remarking on the difficult moment.", {"Petro Halych"}},
      // The agent of another participle is no speaker.
      {"Officials said the village was defended by the brigade commander, Petro Halych.", {}},
      // The names inside the role phrase are not the speaker.
      {"This was reported by the deputy head of the Committee on National Security, Defence and Intelligence.", {}},
      {"This morning, the Northerners, as usual, began to spread a fake, stating that the bridge was lost.", {}},
      {"Clashes go on near the river, says Russian-installed official in the region.", {}},
      {"Forces Withdraw From Town Amid Tactical Realignment, Says Military Expert", {}},
      {"As reported by the Eastern Post with reference to Nazar Velyk, representative of the grouping, the line held.",
       {"Nazar Velyk"}},
      {"The Russian Ministry of Defens said the plant was taken.", {}},
  };
  for (const auto& c : cases) {
    Record r = Run(c.text);
    EXPECT_EQ(SpeakerNames(r), c.names) << c.text;
  }
  Record r = Run("This was stated on radio by the spokesman for the southern grouping of forces, Nazar Velyk.");
  ASSERT_EQ(r.speakers.size(), 1u);
  EXPECT_EQ(r.speakers[0].role, "the spokesman for the southern grouping of forces");
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

// Names with an initial, an "O'"/"D'" surname, an abbreviated title, or an
// age before them; acronyms with dots stay no names.
TEST_F(SpeakerFinderTest, InitialsApostrophesTitleDotsAndAges) {
  ExpectSpeakerNames({
      {"Military analyst John P. Smith said the offensive had stalled.", {"John P. Smith"}},
      {"Peter O'Neill remarked that the moves would be threatening.", {"Peter O'Neill"}},
      // "informed X that": a report to someone.
      {"Minister Sergei Shoigu informed President Vladimir Putin that the region was taken.", {"Sergei Shoigu"}},
      {"According to informed sources, the line held.", {}},
      {"Professor Peter J. O\u2019Neill remarked that the moves would be threatening.", {"Peter J. O\u2019Neill"}},
      {"\"The line is breaking,\" said Dr. Elena Sokolova, a senior fellow.", {"Elena Sokolova"}},
      {"\u2018We had to go at night,\u2019 said 71-year-old Anatoliy Marchuk, who left with his wife.",
       {"Anatoliy Marchuk"}},
      {"\"We stay,\" said 68-year-old Marchuk.", {"Marchuk"}},
      {"The U.S. Army said the exercise was over.", {}},
  });
}

// Capitalised words before a lower-case title belong to the title ("said
// Luhansk military administration head Name"); a sentence's opening
// adjective before a noun a reporting verb spells is no name ("Similar
// claims were made").
TEST_F(SpeakerFinderTest, TitlesPlacesAndOpeningAdjectives) {
  ExpectSpeakerNames({
      {"Fighting is raging in the town, said Luhansk military administration head Serhiy Haidai.",
       {"Serhiy Haidai"}},
      {"Fighting continues, said Kharkiv regional governor Oleh Syniehubov.", {"Oleh Syniehubov"}},
      {"Fighting continues, said Zelensky adviser Mykhailo Podolyak.", {"Mykhailo Podolyak"}},
      {"Fighting continues, said Zelensky on Monday.", {"Zelensky"}},
      // A unit's ordinal and a frontline role.
      {"\"Move unnoticed,\" says the 24th Brigade photographer Oleh Petrasiuk.", {"Oleh Petrasiuk"}},
      {"\"Move unnoticed,\" says paramedic Oleh Petrasiuk.", {"Oleh Petrasiuk"}},
      {"- Similar claims of progress have been made by bloggers.", {}},
      {"Recent reports say the troops left.", {}},
  });
}

// An adverb before the verb; "called" says (but "a village called X" names);
// a prefix, an organisation and a role before the name; a name inside an
// appositive whose closing comma is left out is not the one speaking.
TEST_F(SpeakerFinderTest, AdverbsCalledOrganisationRolesAndNamesInAppositives) {
  ExpectSpeakerNames({
      {"Apti Alaudinov, commander of the special forces, initially confirmed the counterattack.", {"Apti Alaudinov"}},
      {"Russian ruler Vladimir Putin called the situation a provocation.", {"Vladimir Putin"}},
      {"Troops took a village called Pobeda.", {}},
      {"According to DeepState co-founder Roman Pohorilyi, the talk of encirclement is premature.",
       {"Roman Pohorilyi"}},
      {"Yuriy Saks, an adviser to Defense Minister Oleksiy Reznikov said the successes were real.", {"Yuriy Saks"}},
      {"Yuriy Saks, an adviser to the minister said the successes were real.", {"Yuriy Saks"}},
      // An abbreviated grouping's name is no person's.
      {"The decision was confirmed by the OSTG Zoria, which said the town fell.", {}},
      {"According to the OSTG \"Zoria\" speaker Nazar Voloshyn, units moved.", {"Nazar Voloshyn"}},
      // A role opening an appositive whose closing comma is left out, a
      // quoted name inside it.
      {"\"The line holds,\" Olena Hrytsenko, spokesperson of the Group \"Zoria\" told Ukrainska Pravda.",
       {"Olena Hrytsenko"}},
      {"Ivan Dolin, commander of the unit said the line held.", {"Ivan Dolin"}},
      // A noun in -ly is no adverb before a verb.
      {"The Kovalenko family said the shelling lasted hours.", {}},
      // "citing" a person; "according to the regional governor Name"; a
      // lone surname-shaped word opening a sentence; "made the claim".
      {"According to TASS, citing military analyst Andrei Dolin, the situation has deteriorated.",
       {"Andrei Dolin"}},
      {"According to the regional governor Sergiy Lysak, three children are among the injured.", {"Sergiy Lysak"}},
      {"Zelenskiy previously claimed that only 60 troops were present.", {"Zelenskiy"}},
      {"Residents said the town was shelled.", {}},
      {"Deputy Defense Minister Hanna Maliar made the claim in a post on Telegram.", {"Hanna Maliar"}},
      {"Kremlin spokesperson, Dmitry Peskov maintained earlier this month that no conflict exists.",
       {"Dmitry Peskov"}},
  });
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

// A name that opens a quotation with a colon (on its line or the next), and
// names that are no persons' ("Militia", a name a "which" clause describes).
TEST_F(SpeakerFinderTest, ColonQuotesMilitiasAndWhichClauses) {
  ExpectSpeakerNames({
      {"Briefing of the spokesman, Major General Igor Sorokin (10.00, May 2): \u201cThe line holds.\u201d",
       {"Igor Sorokin"}},
      // The name addressed, not the one speaking.
      {"Letter to General Igor Sorokin: \u201cThe line holds.\u201d", {}},
      {"Briefing of the spokesman, Major General Igor Sorokin:\n\u201cThe line holds.\u201d", {"Igor Sorokin"}},
      {"The offensive will end this year, the deputy head of the region's People's Militia said on Monday.", {}},
      {"Later the firm, Acme, which has been publishing all his videos, posted new footage.", {}},
  });
}

// Names of groupings, firms and plants are no persons'; a region's
// "Krai" is no part of a name; a grouping's full-named speaker is one.
TEST_F(SpeakerFinderTest, GroupingsFirmsAndPlantsAreNoPersons) {
  ExpectSpeakerNames({
      {"The situation is unstable, a spokesperson of the Operational Tactical Group Kalmius said on Monday.", {}},
      {"The Operational Task Force East reported this on Facebook.", {}},
      {"The unit took heavy casualties, the pro-Ukrainian group Oplot Ichkeria said.", {}},
      {"Troops massed, according to Rochan Consulting's monitor.", {}},
      {"Troops were blocked near the Aggregator Plant, reported a fighter.", {}},
      {"The flag was raised, Governor of the Zabaikalsky Krai Alexander Osipov said.", {"Alexander Osipov"}},
      {"This was reported by the spokesman for the Operational Group of Troops Nazar Voloshyn.", {"Nazar Voloshyn"}},
      {"The unit commander Ivan Petrov said the line held.", {"Ivan Petrov"}},
      // A named person's call sign is no speaker of its own; a full name
      // set off after "according to the <role>" or an inverted verb's role
      // is the speaker.
      {"According to the commander of the Terra unit, Mykola Volokhov, known under the call sign \"Storm\", "
       "the enemy keeps trying.",
       {"Mykola Volokhov"}},
      {"Troops were blocked, reported a fighter of the brigade, Stanislav Bunyatov, with the callsign Osman.",
       {"Stanislav Bunyatov"}},
      {"A soldier, known by the call sign Falcon, said the line held.", {"Falcon"}},
      {"According to the commander of the unit, Kupiansk and Izium are under attack.", {}},
      // Review: a comma inside the "according to" phrase; a call sign after a
      // place; the subject of a relative clause after a naming noun.
      {"According to the regional governor, the victims were a teacher, Ivan Petrov, and his wife.", {}},
      {"Soldiers of the company Andriy Kovalenko commands held the line, Kovalenko said.", {"Andriy Kovalenko"}},
      // A passive's agent past a date; a credit line "Source: Name, ...".
      {"The decision was announced on February 17 by the Commander-in-Chief of the Armed Forces Ivan Dolin.",
       {"Ivan Dolin"}},
      {"Source: Ivan Dolin, Head of the Regional Military Administration, during the newscast", {"Ivan Dolin"}},
  });
}

TEST_F(SpeakerFinderTest, TitlesQualifiersPossessivesAndTheObjectsOfRoles) {
  ExpectSpeakerNames({
      // Capitalised words qualifying a title belong to it.
      {"Energy Secretary Jane Holm said on Thursday the reactors are safe.", {"Jane Holm"}},
      {"US Energy Secretary Jane Holm said the reactors are safe.", {"Jane Holm"}},
      // A possessive before the title after "according to".
      {"Civilians remain, according to the country's Deputy Prime Minister Iryna Vereshko.", {"Iryna Vereshko"}},
      {"Civilians remain, according to Ukraine's Energy Minister Herman Haluk.", {"Herman Haluk"}},
      // The person an adviser or a spokesman serves is not the one speaking.
      {"However, an adviser to Ukrainian President Petro Ivanenko stated that soldiers held the city.", {}},
      {"A spokesman for Governor Oleh Sydorenko said the city held.", {}},
      // A lone word the document cites as an outlet speaks as that outlet.
      {"Fighting goes on, the Shot Telegram channel says. Shot said.", {}},
      {"Channels such as Pokrovsk.Novosti reported that the town fell.", {}},
      // A name's report, account or words: what the person said (not a
      // decree or a visit).
      {"Governor Yevhen Balin's grim report amplifies the gravity of the situation.", {"Yevhen Balin"}},
      {"Governor Yevhen Balin's visit amplifies the gravity of the situation.", {}},
      {"The MoD's account detailed a series of counterattacks.", {}},
      {"Ivan Tarlo spoke on TV. Tarlo's statement details the losses.", {"Ivan Tarlo"}},
      // (the sentence's subject only, and no other speaker's verb after it)
      {"Zelensky rejected Vladimir Putov's remarks on the town.", {"Zelensky"}},
      {"Sergei Shoigov's statement was echoed by Peskov, who said the town had fallen.", {"Peskov"}},
  });
}

// A lone surname one letter off a full name's (or cut short) is that
// person, under the full introduction's spelling.
TEST_F(SpeakerFinderTest, MisspeltSurnameJoinsTheFullName) {
  ExpectSpeakerNames({
      {"Dmytro Zhmailo, a director, noted that troops were there. According to Zhmail, it is the hottest.",
       {"Dmytro Zhmailo"}},
      // (The main clause after "According to Name," is no appositive role.)
      {"Dmytro Zhmailo, a director, noted that troops were there. According to Zhmail, the northern "
       "direction remains the hottest.",
       {"Dmytro Zhmailo"}},
      {"Commander Oleksandr Syrskyi said the town no longer exists. According to Syrsky, troops operate "
       "there. Syrsky added that it held.",
       {"Oleksandr Syrskyi"}},
      // Different people: more than one letter apart.
      {"Ivan Petrenko said the line held. Petrov said it did not.", {"Ivan Petrenko", "Petrov"}},
      // ... the other gender's form, or a surname with a title of its own (review).
      {"Aishat Kadyrova, a minister, said the town held. Kadyrov said his fighters had taken it.",
       {"Aishat Kadyrova", "Kadyrov"}},
      {"Major General Ivan Popova said the town held. Colonel Popov said it did not.", {"Ivan Popova", "Popov"}},
  });
}

// A call sign after a two-word place is the unnamed speaker's (review).
TEST_F(SpeakerFinderTest, CallSignAfterAPlace) {
  Record r = Run("A drone pilot serving near Krutoy Yar, call sign Bars, said the town still held.",
                 {{"Krutoy Yar", "Krutyi Yar"}});
  EXPECT_THAT(SpeakerNames(r), ElementsAre("Bars"));
}

// The sentences of a quotation a name opens with a colon on the line
// before are that name's.
TEST_F(SpeakerFinderTest, QuotationOnTheNextLineIsTheNamesStatement) {
  const std::vector<PlaceSpec> places = {{"Zarichne", "Zarichne"}, {"Lisne", "Lisne"}};
  Record r = Run("Briefing of the spokesman, Major General Igor Sorokin:\n\u201cUnits took Zarichne.\nThey also "
                 "entered Lisne.\u201d\nResidents wrote that fighting went on near Zarichne.",
                 places);
  ASSERT_EQ(r.claims.size(), 3u);
  EXPECT_EQ(r.claims[0].speaker, "Igor Sorokin");
  EXPECT_EQ(r.claims[1].speaker, "Igor Sorokin");
  EXPECT_EQ(r.claims[2].speaker, "");  // after the quotation
}

}  // namespace
}  // namespace sitrep::extract
