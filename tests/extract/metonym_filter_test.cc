// MetonymFilter: a capital named only as a government leaves the places; one
// literal mention keeps it.
#include <algorithm>

#include "extract_fixture.h"

namespace sitrep::extract {
namespace {

class MetonymFilterTest : public ExtractFixture {
 protected:
  // Whether the place `name` (spelt `spelling`) stays among the places of
  // `text`; Lisne, also in the text, must always stay.
  bool Keeps(const std::string& text, const std::string& spelling, const std::string& name) {
    Record r = Run(text, {{spelling, name}, {"Lisne", "Lisne"}});
    bool kept = false, lisne = false;
    for (const auto& p : r.places) {
      kept |= p.name == name;
      lisne |= p.name == "Lisne";
    }
    EXPECT_TRUE(lisne) << text;  // other places are never touched
    return kept;
  }
  bool KeepsKyiv(const std::string& text) {
    return Keeps(text, text.find("Kiev") != std::string::npos ? "Kiev" : "Kyiv", "Kyiv");
  }
};

TEST_F(MetonymFilterTest, GovernmentsAndArmies) {
  struct Case {
    const char* text;
    bool kept;
  } cases[] = {
      {"Troops took Lisne; Kyiv hasn't confirmed.", false},
      {"Kyiv had withdrawn from Lisne last week.", false},
      {"Kyiv withdrew most of its group from Lisne, an adviser said.", false},
      {"Kiev's attempts to retake Lisne were futile.", false},
      // A city held by the government, a fate critical for it, its partisans.
      {"Lisne, the easternmost city held by Kyiv, is encircled.", false},
      {"Lisne is \"not under the total control\" of Kyiv, he said.", false},
      {"Russia wants to take control of Kyiv.", true},
      {"The situation could soon become critical for Kyiv, he wrote.", false},
      {"The night was difficult for Kyiv, where drones hit three buildings.", true},
      // Its chances, its weapons, a government pushed.
      {"It is a window of opportunity for Kyiv in the war.", false},
      {"Villages emptied as Kyiv shells rained down on Lisne.", false},
      {"The aid was meant to push Kyiv to the negotiating table.", false},
      {"The road links two districts, pro-Kyiv officials said.", false},
      {"The Kiev regime sent reserves to Lisne.", false},
      {"Kiev troops entered Lisne.", false},
      {"Lisne lies in Kyiv-controlled territory.", false},
      {"Lisne is on lands claimed by Kiev.", false},
      {"Kiev insists that Lisne holds.", false},
      {"The fighting at Lisne, the Kyiv Independent reported, went on.", false},
      {"Drones struck Kyiv overnight, and Lisne was shelled.", true},
      {"He flew from Lisne to Kyiv on Monday.", true},
      {"Kyiv's troops left Lisne, and sirens sounded in Kyiv.", true},
      {"Kiev launches cross-border attack near Lisne", false},
      {"Russia advances near Lisne even as Kyiv mounts a counterattack elsewhere.", false},
      {"Moscow presses on under pressure by a Kyiv counterattack near Lisne.", false},
      {"Groups collaborating with Kiev claimed the raid on Lisne.", false},
      {"Kyiv/Moscow: troops fought near Lisne.", false},
      {"Moscow/Kyiv: troops fought near Lisne.", false},
      {"Kyiv residents heard the fighting near Lisne.", true},
      {"The situation in Kyiv is calm, and Lisne was shelled.", true},
      // Places that fell to a government; its targets; its present acts
      // after a conjunction; pressure on it.
      {"Two large cities that fell to Kyiv in the summer are quiet; Lisne too.", false},
      {"Lisne was a highly sought-after target by Kyiv.", false},
      {"Units dug in as Kyiv concentrates reserves near Lisne.", false},
      {"Troops struggle as Moscow steps up pressure on Kyiv to cede Lisne.", false},
      {"He flew to Kyiv as tensions rose near Lisne.", true},
      {"Drones hit Lisne as Kyiv streets emptied.", true},
      {"Missiles hit Lisne overnight while Kyiv sleeps.", true},
      {"Kyiv meanwhile refuted the claims about Lisne.", false},
      {"Troops advanced near Lisne, piling pressure on Kyiv days before the anniversary.", false},
      {"Thousands of residents from Lisne have returned to Kyiv since the spring.", true},
      // A time before its verb, a quoted adjective, a shared subject, an
      // army of the capital.
      {"Kyiv on Monday conceded a difficult situation near Lisne.", false},
      // A month or a week between the capital and its verb, commas or not.
      {"Kyiv in October launched a costly bid for Lisne.", false},
      {"Kyiv, in October, took the town of Lisne.", false},
      {"Kyiv last week took the town of Lisne.", false},
      {"Drones hit Kyiv in October and killed six near Lisne.", true},
      // The capital as a participle's subject.
      {"The war escalated, with Moscow deploying missiles and Kyiv firing drones near Lisne.", false},
      // Not a place's noun or a participle of what hit it.
      {"Explosions were heard near a Kyiv shopping centre, not far from Lisne.", true},
      {"A drone struck Kyiv injuring two people; Lisne was quiet.", true},
      {"Kyiv yesterday denied the fall of Lisne.", false},
      {"Drones struck Kyiv on Monday, and Lisne was shelled.", true},
      {"The situation near Lisne could soon become \"critical\" for Kyiv, he wrote.", false},
      {"Lisne had served as a key stronghold for Kyiv.", false},
      {"Both Kyiv and military analysts acknowledged the advances near Lisne.", false},
      {"Fighters supported by the army of Kyiv entered Lisne.", false},
      {"The mayor of Kyiv visited Lisne.", true},
      {"The raid on Lisne aimed at forcing Kyiv to redeploy troops.", false},
      {"The mayor of Kyiv said Lisne was shelled.", true},
      {"For Kyiv, holding Lisne has become vital.", false},
      {"Lisne fell; there was no immediate comment from Kyiv.", false},
      {"The fall of Lisne would be a morale boost for Kyiv.", false},
      {"The fall of Lisne could allow Kyiv to move against Stavky.", false},
      {"The incursion near Lisne forces Kyiv to redeploy troops.", false},
      {"Missiles hit both Kyiv and Lisne as officials said air defence worked.", true},
      {"The army advanced near Lisne, as both Kyiv and analysts acknowledged.", false},
      {"Evacuation trains left Lisne at dawn: for Kyiv, Lviv and Uzhhorod.", true},
      {"Drones struck Lisne. Moscow now wants the town, the mayor of Kyiv said.", true},
      {"Lisne was retaken, a key war goal, Kyiv now moving east.", false},
      {"Independent verification of Kyiv's claims about Lisne is difficult.", false},
      {"Fighting near Kyiv had eased before Lisne fell.", true},
      {"Officials in Kyiv said that Lisne holds.", false},
      {"Kiev takes back Lisne after a week of fighting", false},
      {"Kyiv may have hoped to hold Lisne.", false},
      {"Kyiv could fall within days, and Lisne was shelled.", true},
      {"The raid on Lisne could be an attempt by Kyiv to pull reserves away.", false},
      {"Troops hold Lisne as Kyiv grinds forward on a new front.", false},
      {"Lisne fell, according to reports from Kyiv.", false},
      // The capital as a party: the whole source, a party that acts, a side
      // one is loyal to, the author of claims.
      {"According to Kyiv, Ukrainian forces still hold Lisne.", false},
      {"The raid makes it harder for Kyiv to mass troops around Lisne.", false},
      {"An official of the administration loyal to Kyiv said Lisne fell.", false},
      {"Russia rejected claims by Kiev that its troops had liberated Lisne.", false},
      {"According to Kyiv residents, Lisne was shelled.", true},
      {"Kyiv lies on the river, and Lisne was shelled.", true},
      {"Kyiv falls silent as Lisne is shelled.", true},
      {"Troops near Lisne went by Kyiv to the north.", true},
      // A government acted on, and one whose verb follows adverbs.
      {"They have accused Kyiv of plotting a raid on Lisne.", false},
      {"The capture of Lisne offers Kyiv significant advantages.", false},
      {"The roads near Lisne are seen by Kyiv as vital.", false},
      {"It aims to show that Kyiv allegedly maintains control over Lisne.", false},
      {"Lisne fell, with Kyiv claiming a string of villages.", false},
      {"Lisne fell, and Kyiv appears to be preparing an offensive.", false},
      {"Drones reached Kyiv, and Lisne was shelled.", true},
      {"Lisne enables Kyiv to supply its outposts.", false},
      {"Lisne and Stavky are strategic targets for Kyiv.", false},
      {"Lisne fell, and Moscow and Kyiv appear to be making a push.", false},
      {"The region, which Kyiv illegally annexed, holds Lisne.", false},
      {"Kyiv contends that combat near Lisne goes on.", false},
      {"Fighting near Kyiv sharply intensified, and Lisne was shelled.", true},
      // Its army whatever noun heads the phrase, its seat as an
      // institution's that speaks, its fortunes, a title in quotation marks.
      {"Troops took Lisne as thousands of Kyiv troops fled.", false},
      {"The Defense Ministry in Kyiv earlier said troops held Lisne.", false},
      {"Soldiers from Kyiv held Lisne.", false},
      {"Kyiv currently controls Lisne.", false},
      {"The loss of Lisne dealt a significant blow to Kyiv.", false},
      {"A Kyiv proxy official said Lisne fell.", false},
      {"The blogger \"Kyiv Calling\" wrote that Lisne fell.", false},
      {"The blogger \"Kyiv\" wrote that Lisne fell; shells hit a cafe in Kyiv.", true},
      {"In the suburbs of Kyiv troops found mass graves near Lisne.", true},
      {"Troops near Lisne posed a direct threat to Kyiv.", true},
  };
  for (const auto& c : cases) EXPECT_EQ(KeepsKyiv(c.text), c.kept) << c.text;
}

// A place named only inside an outlet's name ("told Hromadske", the outlet
// named like a village) leaves the places.
TEST_F(MetonymFilterTest, OutletNamesAreNoPlaces) {
  auto places = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& p : Run(text, {{"Hromadske", "Hromadske"}, {"Lisne", "Lisne"}}).places) out.push_back(p.name);
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(places("The commander told Hromadske that Lisne held."), std::vector<std::string>{"Lisne"});
  EXPECT_EQ(places("Troops left Lisne and entered the village of Hromadske."),
            (std::vector<std::string>{"Hromadske", "Lisne"}));
}

// A settlement named only as the source of a report is a grouping or unit
// named like it; one use as a place keeps it.
TEST_F(MetonymFilterTest, SettlementsNamedOnlyAsASourceAreNoPlaces) {
  struct Case {
    const char* text;
    bool kept;
  } cases[] = {
      {"According to Kvitneve, troops repelled attacks near Lisne.", false},
      {"According to \"Kvitneve\", troops repelled attacks near Lisne.", false},
      {"The spokesperson of \"Kvitneve\" said attacks near Lisne failed.", false},
      // The name inside a longer subject or object is a place.
      {"A spokesman for Kvitneve's military administration said Lisne held.", true},
      {"The spokesperson of the Kvitneve city council said Lisne held.", true},
      {"Residents of Kvitneve say the shelling of Lisne never stops.", true},
      {"People who fled Kvitneve described the siege of Lisne.", true},
      {"The battle for Kvitneve claimed many lives near Lisne.", true},
      {"Kvitneve stated that troops held Lisne.", false},
      {"Troops held Lisne; \"Kvitneve\" emphasized that the line was stable.", false},
      // Used as a place once: kept.
      {"According to Kvitneve, troops left Lisne; shells also hit Kvitneve.", true},
      {"Troops entered Kvitneve and Lisne.", true},
      {"According to Kvitneve residents, Lisne was shelled.", true},
      {"Shelling near Kvitneve was reported by the governor, and Lisne held.", true},
  };
  for (const Case& c : cases) EXPECT_EQ(Keeps(c.text, "Kvitneve", "Kvitneve"), c.kept) << c.text;
}

// A settlement named only as a line of advance ("the Kvitneve direction")
// is no location of the text; once used as a place it stays.
TEST_F(MetonymFilterTest, SettlementsNamedOnlyAsALineOfAdvanceAreNoPlaces) {
  struct Case {
    const char* text;
    bool kept;
  } cases[] = {
      {"In the Kvitneve direction, the Russians attacked near Lisne.", false},
      {"Troops advance near Lisne on the Kvitneve-Lisne front.", false},
      {"The Kvitneve and Lisne directions are the hottest, and Lisne held.", false},
      {"In the \"Kvitneve\" sector troops held Lisne.", false},
      {"Troops advanced toward Kvitneve in the Kvitneve direction near Lisne.", true},
      {"The enemy attacked in the direction of Kvitneve and Lisne.", true},
  };
  for (const Case& c : cases) EXPECT_EQ(Keeps(c.text, "Kvitneve", "Kvitneve"), c.kept) << c.text;
}

// A settlement the text names a formation after ("the Kvitneve brigade") is
// that formation wherever no preposition of place or list introduces it.
TEST_F(MetonymFilterTest, SettlementsNamedAsAFormationAreNoPlaces) {
  struct Case {
    const char* text;
    bool kept;
  } cases[] = {
      {"The Kvitneve brigade said the line held. Kvitneve managed to stabilize the front near Lisne.", false},
      {"A spokesman for the Kvitneve operational and strategic group said Lisne held; Kvitneve stressed it.", false},
      {"The \"Kvitneve\" NGU held Lisne, Kvitneve emphasized.", false},
      // A preposition of place or a list keeps it a place.
      {"The Kvitneve brigade fought in Kvitneve and Lisne.", true},
      {"Drones struck cities including Kvitneve and Lisne; the Kvitneve group reported it.", true},
      {"Kvitneve was shelled near Lisne.", true},
      // Not a unit noun that follows a town's name as often.
      {"Artillery pounded Lisne. A Kvitneve unit commander said Kvitneve held.", true},
      {"Kvitneve fighters said Lisne held; Kvitneve stood.", true},
  };
  for (const Case& c : cases) EXPECT_EQ(Keeps(c.text, "Kvitneve", "Kvitneve"), c.kept) << c.text;
}

// One literal mention keeps the place wherever it stands among the
// figurative ones (the filter stops classifying a place once it is kept).
TEST_F(MetonymFilterTest, OneLiteralMentionKeepsThePlaceInAnyOrder) {
  struct Case {
    const char* text;
    bool kept;
  } cases[] = {
      {"Drones struck Kyiv overnight. Kyiv said Lisne held.", true},
      {"Kyiv said Lisne held. Drones struck Kyiv overnight.", true},
      {"Kyiv said Lisne held. Kyiv's troops stayed. Sirens sounded in Kyiv.", true},
      {"Kyiv said Lisne held. Kyiv's troops stayed.", false},
  };
  for (const Case& c : cases) EXPECT_EQ(KeepsKyiv(c.text), c.kept) << c.text;
}

}  // namespace
}  // namespace sitrep::extract
