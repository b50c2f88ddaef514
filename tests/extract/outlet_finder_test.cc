#include "extract_fixture.h"

#include <gmock/gmock.h>

namespace sitrep::extract {
namespace {

using ::testing::ElementsAre;

class OutletFinderTest : public ExtractFixture {
 protected:
  std::vector<std::string> Outlets(const std::string& text) {
    Record r = Run(text);
    std::vector<std::string> out;
    for (const auto& o : r.outlets) out.push_back(o.name);
    return out;
  }
};

TEST_F(OutletFinderTest, LexiconAndPatterns) {
  struct Case {
    const char* text;
    const char* outlet;
  } cases[] = {
      {"The move was reported by TASS on Monday.", "TASS"},
      {"The expert said in an interview with China Media Group (CMG) that the town will fall.", "China Media Group"},
      {"The brigade entered the centre, according to All-Russia State Television and Radio Broadcasting Company.",
       "VGTRK"},
      {"Glavkom reported that the village fell.", "Glavkom"},
      {"As Eastern Ridge News Agency earlier reported, the village fell.", "Eastern Ridge News Agency"},
      {"In an interview with aif.ru, the officer spoke.", "aif.ru"},
      {"He told RIA Novosti that the road was open.", "RIA Novosti"},
      {"Izvestia wrote that the talks failed.", "Izvestia"},
      {"Speaking to Ria Novosti, the governor confirmed it.", "RIA Novosti"},
      {"According to the Telegram channel \u2018Front Notes,\u2019 the attack failed.", "Front Notes"},
      {"The claim first appeared on dailyfront.ru before spreading.", "dailyfront.ru"},
      {"He told Eastern Ridge News that nothing changed.", "Eastern Ridge News"},
      {"According to Russian media outlet ZRK, the forces gained ground.", "ZRK"},
      {"It will end soon, he told the Evening Ridge Live television.", "Evening Ridge Live"},
      {"He said so during Sunday's live broadcast on Russia's Television Channel One.", "Channel One"},
      {"The officer told Channel 1.", "Channel One"},
      {"On BFMTV, an adviser to the minister confirmed it.", "BFMTV"},
      {"Meanwhile, according to Bild, the allies are discussing aid.", "Bild"},
      {"DPA said on Thursday morning that fighting around the city continued.", "DPA"},
      {"He said in an interview with Solovyov Live, a pro-Kremlin online media outlet.", "Solovyov Live"},
      {"A correspondent for \u2018Gazeta.ru,\u2019 he argued otherwise.", "Gazeta.ru"},
      {"Footage aired by Zvezda TV showed the convoy.", "Zvezda"},
      {"The Xinhua news agency reported that the town fell.", "Xinhua"},
      {"Channel 24 reported that the town fell.", "Channel 24"},
      // A host of three labels whole, not its tail.
      {"The attack was reported by zss.in.ua on Monday.", "zss.in.ua"},
      {"The attack was reported by anews.com.tr on Monday.", "anews.com.tr"},
      {"The attack was reported by www.radiosvoboda.org on Monday.", "radiosvoboda.org"},
      {"The attack was reported by www.zss.in.ua on Monday.", "zss.in.ua"},
      {"The attack was reported by mil.gov.ua on Monday.", "mil.gov.ua"},
      {"The Two Majors Telegram channel reported that the town fell.", "Two Majors"},
      {"He said this in a live broadcast on Pivden TV.", "Pivden TV"},
      // A title with a capital "The" after a cue is a paper's name.
      {"The remark, reported by The Morning Ledger, drew replies.", "The Morning Ledger"},
      {"According to The Independent, the unit withdrew.", "The Independent"},
      {"The statement was published by Anadolu on Friday.", "Anadolu Agency"},
      {"In mid-July Ukrayinska Pravda wrote that an order had come.", "Ukrainska Pravda"},
      {"He said in an interview to Zvezda that the city fell.", "Zvezda"},
      {"The expert spoke exclusively to Tass on Monday.", "TASS"},
      {"The Military Affairs Telegram channel claimed on Sunday that the bridge was down.", "Military Affairs"},
      {"This was first reported by a local paper, URA-Inform reports.", "URA-Inform"},
      // A lone name closing the sentence with "reports", or opening it with
      // "As ... reported,": an agency, unless the text names it as a person.
      {"Ivan Dolin said this in a Telegram post, Vigilant reports.", "Vigilant"},
      {"The governor spoke in a post, Vigilant reports. As Vigilant reported, the region is under attack.", "Vigilant"},
      // A war channel's quoted name; the outlet a report came through.
      {"On October 1, the Russian war channel \"Voin Ridge\" reported that the unit advanced.", "Voin Ridge"},
      {"Russian forces are slowly advancing, informs via Huriyet.", "Huriyet"},
      {"Kyiv, June 5 (EFE).- Ukrainian forces repelled all attacks.", "EFE"},
      {"The general predicted a tough war, the Voice of America has reported.", "Voice of America"},
      // "confirmed to X"; a channel's quoted name set off by commas.
      {"Forces entered two villages, the military confirmed to Ridge News.", "Ridge News"},
      {"A Telegram channel, 'Go and See,' reported on June 11 that the army advanced.", "Go and See"},
      // Country domains; a site whose case varies.
      {"The village fell, Eastern.Az reports, citing the army.", "Eastern.Az"},
      // A capitalised name ending in an outlet word, then its reporting verb.
      {"As Eastern Ridge News Agency reported, the district lost power.", "Eastern Ridge News Agency"},
      {"The Lowland Post reported that the bridge was hit.", "Lowland Post"},
      // A guest's appearance on a channel.
      {"Units repelled attacks, the spokesman said during an appearance on Pivden TV.", "Pivden TV"},
      // The agency a dateline credits.
      {"ODESA (ridge-AFX) – The army said the village was cleared.", "ridge-AFX"},
      {"ODESA, July 28 (ridge-AFX) – The army said the village was cleared.", "ridge-AFX"},
      // A name in apposition to an outlet noun.
      {"Dva Bereha, another Telegram channel that covers the front, said the line held.", "Dva Bereha"},
      {"Voenny Vestnik, a Telegram channel, said the line held.", "Voenny Vestnik"},
      // A dateline of the date alone, or of the agency alone opening the text.
      {"July 28 (ridge-AFX) -- The army said the village was cleared.", "ridge-AFX"},
      {"(Lowland Daily) \u2013 The army said the village was cleared.", "Lowland Daily"},
      // A station named by its outlet word first; a known outlet after a
      // common word.
      {"Petrenko told Radio Zoria that the enemy planned a strongpoint.", "Radio Zoria"},
      // A channel's English name; a broadcaster by its best-known short name.
      {"The update came through Russia 24 and was relayed by an adviser.", "Rossiya 24"},
      {"He said so on the air of Radio Liberty.", "Radio Liberty"},
      {"The commander said in an interview with Radio Svoboda that the village held.", "Radio Liberty"},
      {"The report was first published by RFE/RL on Monday.", "RFE/RL"},
      {"As the NYT wrote, the army is approaching the town.", "The New York Times"},
      {"As Ukrainian News Agency earlier reported, the army advanced.", "Ukrainian News Agency"},
      {"That follows from a statement by the General Staff, Ukrainian News reports.", "Ukrainian News Agency"},
      {"The officer told Kiev-24 television.", "Kyiv 24"},
      {"Russia 24 reported that Russia 24 hours later launched an assault.", "Rossiya 24"},
      {"The spokesman said so, as quoted by the Ukrainian Ukrinform news agency.", "Ukrinform"},
  };
  for (const auto& c : cases) EXPECT_THAT(Outlets(c.text), ElementsAre(c.outlet)) << c.text;
}

// A dateline whose place is in any case, then a date; two agencies credited.
TEST_F(OutletFinderTest, DatelineWithADateCreditsEachAgency) {
  Record r = Run("Stavky, July 28, (ridge/Lowland) \u2013 Troops made further gains, the ministry said.",
                 {{"Stavky", "Stavky"}});
  std::vector<std::string> names;
  for (const auto& o : r.outlets) names.push_back(o.name);
  EXPECT_THAT(names, ElementsAre("ridge", "Lowland"));
  // Three agencies, one of them known.
  r = Run("Stavky, July 28, (ridge/Lowland/Xinhua) \u2013 Troops advanced.", {{"Stavky", "Stavky"}});
  names.clear();
  for (const auto& o : r.outlets) names.push_back(o.name);
  EXPECT_THAT(names, ElementsAre("ridge", "Lowland", "Xinhua"));
  // A place in any case without a date: a bracket is no credit.
  EXPECT_TRUE(Run("Stavky (southern Ukraine) \u2013 Shelling killed two people.", {{"Stavky", "Stavky"}}).outlets.empty());
  EXPECT_TRUE(Outlets("ODESA (photo) \u2013 Drones hit the port.").empty());
  // Not a person with a picture credit.
  EXPECT_TRUE(Outlets("Ivan Petrenko (pictured) \u2013 the general said nothing.").empty());
}

TEST_F(OutletFinderTest, GenericCreditsAndCommonWordsAreNoOutlets) {
  // A brigade's abbreviation before a reporting verb is no brand.
  EXPECT_TRUE(Outlets("We also reported that the 110th OMBr believes the offensive will stall.").empty());
  // A month after a channel cue is the date it aired.
  EXPECT_THAT(Outlets("He said so in an interview with Pivden TV aired on Sept. 8."), ElementsAre("Pivden TV"));
  EXPECT_TRUE(Outlets("ODESA (Agencies) – The army said the village was cleared.").empty());
  EXPECT_TRUE(Outlets("Russian Media reported that the village was cleared.").empty());
  EXPECT_TRUE(Outlets("Ivan Dolin arrived. The town fell, Dolin reported.").empty());
  EXPECT_TRUE(Outlets("The town fell, Tkachenko reported.").empty());
  // An acronym before a role and a name is the person's service ("DIU chief
  // Name"), no outlet cited.
  EXPECT_TRUE(Outlets("According to DIU chief Lt Gen Ivan Dolin, the offensive will come in May.").empty());
  EXPECT_TRUE(Outlets("According to SBU head Ivan Dolin, the plot failed.").empty());
  // A lone name a person may bear: "reported" closing the sentence, or "As
  // X reported" that the text credits nowhere as an agency.
  EXPECT_TRUE(Outlets("Russian forces captured the village, Putin reported.").empty());
  EXPECT_TRUE(Outlets("As Shoigu reported, Russian forces captured the village.").empty());
  // A hyphenated adjective before an outlet noun is no outlet's name.
  EXPECT_THAT(Outlets("The Kremlin-aligned news agency TASS claimed that troops entered the village."),
              ElementsAre("TASS"));
  // ... nor a sentence's first word that says whose outlet it is.
  EXPECT_THAT(Outlets("State news agency RIA cited the head of the region."), ElementsAre("RIA Novosti"));
  // An acronym the text defines after a body's name names that body.
  EXPECT_TRUE(Outlets("Attacks grew, as reported by the Luhansk Regional Military Administration (RMA) on Wednesday. "
                      "According to the RMA, troops focus on three villages.")
                  .empty());
  EXPECT_TRUE(Outlets("The Russian Volunteer Corps (RDK) announced an operation, according to the RDK.").empty());
  // ... or whose initials the acronym is.
  EXPECT_TRUE(Outlets("The Sumy Regional Military Administration denied it. According to the RMA, attempts were "
                      "recorded.")
                  .empty());
  EXPECT_TRUE(Outlets("Russian State Media reported that the village was cleared.").empty());
  EXPECT_TRUE(Outlets("EXCLUSIVE (Video) \u2013 The army said the village was cleared.").empty());
  EXPECT_TRUE(Outlets("UPDATE (Adds Kremlin comment) - The army said the village was cleared.").empty());
  // A sentence whose space was lost is no site ("line.It", "Kupiansk.In").
  EXPECT_TRUE(Outlets("He stood in line.It was cold. Troops entered a village.In the morning it was quiet.").empty());
  // A speaker before "on the air of X" is no outlet; X is.
  EXPECT_THAT(Outlets("This was reported by Ivan Petrenko on the air of Pivden TV."), ElementsAre("Pivden TV"));
  // A grouping's abbreviation is no outlet.
  EXPECT_TRUE(Outlets("According to the OSTG \"Zoria\" speaker Ivan Petrenko, units moved.").empty());
  // Brackets opening the text that hold no name; an embedded picture's link.
  EXPECT_TRUE(Outlets("(updated) \u2013 The army said the village was cleared.").empty());
  EXPECT_TRUE(Outlets("pic.twitter.com/5gzbFSPxog \u2014 Ivan Petrenko (@ivanp) October 3, 2022").empty());
  // A cited name that modifies the body cited ("citing LPR intelligence
  // agencies") is no outlet; a name cited alone is.
  EXPECT_TRUE(Outlets("The officer noted, citing LPR intelligence agencies, that the post moved.").empty());
  EXPECT_THAT(Outlets("The officer noted, citing ZRK, that the post moved."), ElementsAre("ZRK"));
  EXPECT_THAT(Outlets("Citing TASS sources, the paper said the post moved."), ElementsAre("TASS"));
  EXPECT_THAT(Outlets("The paper said, citing RIA Novosti military correspondents, that the post moved."),
              ElementsAre("RIA Novosti"));
  EXPECT_TRUE(Outlets("The AA battery near the town was destroyed.").empty());
}

// A list of outlets after one: "Source: BBC, PAP".
TEST_F(OutletFinderTest, ListOfOutletsAfterOne) {
  EXPECT_THAT(Outlets("Source: TASS, PAP"), ElementsAre("TASS", "PAP"));
  EXPECT_THAT(Outlets("TASS reported, Ivan Petrenko said."), ElementsAre("TASS"));
  // An agency's acronym after a comma and a media verb.
  EXPECT_THAT(Outlets("Troops entered the towns, Reuters reported, BTA reported."), ElementsAre("Reuters", "BTA"));
}

// Camel-case brands after a cue; no outlet named by its kind; Latin words
// typed with Cyrillic look-alikes (Cyrillic \u0456, \u0415, \u0422).
TEST_F(OutletFinderTest, BrandsKindsAndLookalikeLetters) {
  EXPECT_THAT(Outlets("He said so on air, the correspondent of PolitNavigator reports."), ElementsAre("PolitNavigator"));
  EXPECT_TRUE(Outlets("He told McAllister that the line held.").empty());
  EXPECT_TRUE(Outlets("Wait for details, Ivan Petrenko told Ukrainian TV.").empty());
  EXPECT_THAT(Outlets("He stated this on the a\u0456r of Radio Zoria, reports Lowland.N\u0415\u0422."),
              ElementsAre("Radio Zoria", "lowland.net"));
}

TEST_F(OutletFinderTest, PhotoCreditsCiteNoOutlet) {
  EXPECT_TRUE(Outlets("Troops on the road (photo credit: Ivan Petrov/Reuters).").empty());
}

TEST_F(OutletFinderTest, UnnamedOutletIsNoOutlet) {
  EXPECT_TRUE(Outlets("He spoke in an exclusive interview with a regional Russian news outlet.").empty());
  EXPECT_TRUE(Outlets("He told reporters that the shot was fired.").empty());
  // A name's generic word in lower case is no part of the name.
  EXPECT_TRUE(Outlets("He told the Ukrainian news outlet that the shot was fired.").empty());
  EXPECT_TRUE(Outlets("A Russian Telegram channel posted the video.").empty());
  // An institution or a place after "The" is no paper.
  EXPECT_TRUE(Outlets("According to The Kremlin, the talks are over.").empty());
  EXPECT_TRUE(Outlets("According to The Hague tribunal, the case is open.").empty());
  EXPECT_TRUE(Outlets("According to The Interior Ministry, two died.").empty());
}

TEST_F(OutletFinderTest, TransliteratedAgencyWordsAndThePaperNotThePlatform) {
  // Russian words for "agency" and "news" end an outlet's name.
  Record r = Run("According to Agentstvo Novosti, the army reached the border.");
  ASSERT_EQ(r.outlets.size(), 1u);
  EXPECT_EQ(r.outlets[0].name, "Agentstvo Novosti");
  EXPECT_TRUE(r.speakers.empty());
  r = Run("The British Telegraph writes that the army is closing in.");
  ASSERT_EQ(r.outlets.size(), 1u);
  EXPECT_EQ(r.outlets[0].name, "The Telegraph");
  EXPECT_TRUE(r.speakers.empty());
  r = Run("According to a frontline report by The Times, the fight goes on.");
  ASSERT_EQ(r.outlets.size(), 1u);
  EXPECT_EQ(r.outlets[0].name, "The Times");
  EXPECT_TRUE(r.speakers.empty());
  EXPECT_TRUE(Outlets("In the times of war, the city was calm.").empty());
  EXPECT_TRUE(Outlets("The Times Square rally drew thousands.").empty());
  EXPECT_TRUE(Outlets("The Telegraph pole was destroyed by the blast.").empty());
  // A lone "Telegraph" is also a blogging platform.
  EXPECT_TRUE(Outlets("Its blogger community on Telegraph was livid.").empty());
}

TEST_F(OutletFinderTest, AppositionNeedsTheOutletNounAsItsHead) {
  Record r = Run("Ivan Rudenko, a newspaper journalist, said the line held.");
  EXPECT_TRUE(r.outlets.empty());
  ASSERT_EQ(r.speakers.size(), 1u);
  EXPECT_EQ(r.speakers[0].name, "Ivan Rudenko");
}

TEST_F(OutletFinderTest, CitingChain) {
  Record r = Run("Reuters, citing Interfax, said the plant was hit.");
  ASSERT_EQ(r.outlets.size(), 2u);
  EXPECT_EQ(r.outlets[1].name, "Interfax");
  EXPECT_EQ(r.outlets[1].via, "Reuters");
}

// A surname shared with a paper's short name stays a person's (review).
TEST_F(OutletFinderTest, SurnameLikeAPaperIsAPerson) {
  Record r = Run("Peter Spiegel, the newspaper's managing editor, said the report was accurate.");
  EXPECT_TRUE(r.outlets.empty());
  EXPECT_EQ(r.speakers.size(), 1u);
}

}  // namespace
}  // namespace sitrep::extract
