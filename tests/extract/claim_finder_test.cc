#include "extract_fixture.h"

#include <gmock/gmock.h>

#include "extract/claim_finder.h"

namespace sitrep::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

class ClaimFinderTest : public ExtractFixture {};

// Invented places; the resolver's work is done by hand here.
const std::vector<PlaceSpec> kPlaces = {
    {"Zarichne", "Zarichne"}, {"Berezovo", "Berezove"}, {"Lisne", "Lisne"},
    {"Krutoy Yar", "Krutyi Yar"}, {"Stavky", "Stavky"}, {"Kyiv", "Kyiv"},
    {"Donetsk", "Donetsk Oblast", geo::PlaceKind::kRegion}, {"Mirnogradsk", "Myrnohrad"},
};

TEST_F(ClaimFinderTest, KindsByTrigger) {
  struct Case {
    const char* text;
    const char* key;
  } cases[] = {
      {"Russian troops liberated Zarichne on Monday.", "captured@Zarichne"},
      {"Berezovo was captured after a week of assaults.", "captured@Berezove"},
      {"Battles in Lisne continued overnight.", "fighting@Lisne"},
      {"The army continued its push towards Krutoy Yar.", "fighting@Krutyi Yar"},
      {"Ukrainian units withdrew from Stavky overnight.", "withdrawal@Stavky"},
      {"The officer said Lisne remains contested.", "contested@Lisne"},
      {"Zarichne will be taken within days, he said.", "prediction@Zarichne"},
      {"Forces are on the verge of securing Berezovo.", "prediction@Berezove"},
      {"Troops established control over all approaches to Stavky.", "fighting@Stavky"},
      {"The liberation of Lisne on May 4 opened the road.", "captured@Lisne"},
      {"The governor said Stavky remains under Ukrainian control.", "contested@Stavky"},
      {"The official said the city of Stavky is under Ukrainian control.", "contested@Stavky"},
      {"Ukrainian units still hold positions in Zarichne.", "contested@Zarichne"},
  };
  for (const auto& c : cases) {
    Record r = Run(c.text, kPlaces);
    EXPECT_THAT(ClaimKeys(r), ElementsAre(c.key)) << c.text;
  }
}

// A capture participle is fighting in progress, except as the outcome
// clause of a past action.
TEST_F(ClaimFinderTest, CaptureParticipleAfterPastClauseIsCapture) {
  struct Case {
    const char* text;
    const char* key;
  } cases[] = {
      {"The brigade carried out a successful offensive, liberating Zarichne.", "captured@Zarichne"},
      {"Assault units advanced ten kilometres, taking Berezovo by evening.", "captured@Berezove"},
      {"Russian units are advancing, capturing Lisne street by street.", "fighting@Lisne"},
      {"Troops are capturing Stavky house by house.", "fighting@Stavky"},
      {"The brigade carried out an offensive, storming Lisne.", "fighting@Lisne"},
      {"The brigade attacked at dawn, and it will keep going, capturing Stavky.", "fighting@Stavky"},
      {"The brigade seized ten square kilometres while liberating Lisne.", "captured@Lisne"},
  };
  for (const auto& c : cases) {
    Record r = Run(c.text, kPlaces);
    EXPECT_THAT(ClaimKeys(r), ElementsAre(c.key)) << c.text;
  }
}

TEST_F(ClaimFinderTest, AttemptsMetonymsAndLocatorsAreNoCaptures) {
  ExpectClaimKeys({
      {"The enemy is concentrating maximum efforts to capture Zarichne.", {"fighting@Zarichne"}},
      {"Assault groups tried to seize Berezovo overnight.", {"fighting@Berezove"}},
      {"Zarichne claimed it had encircled two battalions.", {}},
      {"Russian troops occupied a village south of Lisne on Monday.", {}},
      {"Russian troops occupied Stavky, south of Lisne, on Monday.", {"captured@Stavky"}},
      {"Lisne is expected to become the main city on that front.", {}},
      // A line of advance is no place fought over.
      {"Heavy fighting continues in the Lisne direction.", {}},
      {"Ukrainian troops were set to withdraw from Stavky.", {"withdrawal@Stavky"}},
      {"Russian troops are trying to storm Zarichne.", {"fighting@Zarichne"}},
      {"Local media reported that Russian forces advanced in Lisne.", {"fighting@Lisne"}},
      {"The unit that took Stavky was moved north.", {"captured@Stavky"}},
      {"The unit took part in the battles before it reached Stavky.", {}},
      {"Russian forces will take Stavky within two weeks.", {"prediction@Stavky"}},
      // Troops that entered a place fight in it (a capture only where said so).
      {"Russian troops entered Berezovo on Monday.", {"fighting@Berezove"}},
      {"Russian troops are entering Berezovo.", {"fighting@Berezove"}},
      {"Russian troops seized control of four streets in Lisne.", {"fighting@Lisne"}},
      {"A small area of Zarichne is still controlled by the Ukrainian army.", {"contested@Zarichne"}},
      {"Even if Lisne were captured, the front would hold.", {}},
      {"Russian units are close to taking Berezovo.", {"prediction@Berezove"}},
      {"Stavky could fall within weeks.", {"prediction@Stavky"}},
      {"After a week of battles, Lisne came under full control.", {"captured@Lisne"}},
      {"Forces moved in the direction of Stavky.", {"fighting@Stavky"}},
      {"Fighting goes on at the edge of Zarichne.", {"fighting@Zarichne"}},
      {"Assault units moved house by house in the northern districts of Berezovo.", {"fighting@Berezove"}},
      {"In ten days Lisne will be fully taken, he said.", {"prediction@Lisne"}},
      {"Two brigades are holding positions near Stavky.", {"contested@Stavky"}},
      {"Russian forces took control of the Zarichne settlement in the Donetsk region and the Lisne settlement.",
       {"captured@Zarichne", "captured@Lisne"}},
      {"Zarichne's army withdrew from the city of Mirnogradsk.", {"withdrawal@Myrnohrad"}},
      {"Troops entered Lisne. Later they withdrew from the city.", {"fighting@Lisne", "withdrawal@Lisne"}},
      // "the town" is the place the text called a town, not the one it
      // names most often.
      {"Zarichne held out. Shelling hit Zarichne. Troops took the village of Stavky near the town of Lisne. "
       "Moscow said it captured the town in May.",
       {"captured@Stavky", "captured@Lisne"}},
      {"Zarichne held out. Shelling hit Zarichne. Troops took the village of Stavky near the city of Lisne. "
       "Moscow said it captured the village in May.",
       {"captured@Stavky", "captured@Stavky"}},
      // "A-B": two places a hyphen joins are each fought over; not "the A-B-C line".
      {"Troops repulsed the offensive in the directions of Stavky-Lisne and Zarichne.",
       {"fighting@Stavky", "fighting@Lisne", "fighting@Zarichne"}},
      {"Troops advanced along the Stavky-Lisne-Zarichne line.", {}},
      {"Troops advanced along the Stavky-Lisne-Zarichne-Berezovo-Stavky-Lisne line.", {}},
      {"Russian troops attacked Stavky-Lisne-based units.", {}},
      // A relative clause about the place before it.
      {"The village lies west of the city of Lisne, which Moscow claimed it captured in February.",
       {"captured@Lisne"}},
      {"The road runs south of Stavky, a village in the region that Kyiv secured last week.", {"captured@Stavky"}},
      {"The village lies near Lisne \u2014 a railway hub \u2014 which Russian forces have been pushing to take over.",
       {"fighting@Lisne"}},
      {"Zarichne lies near Lisne, which Russian troops \u2014 backed by aircraft \u2014 captured in May.",
       {"captured@Lisne"}},
      {"Stavky lies 60 km northeast of Lisne that has seen heavy battles.", {}},
      {"The battle for Lisne, which has taken on symbolic value, goes on.", {"fighting@Lisne"}},
      {"Lisne, which Russia seized in May after the longest battles of the war, is quiet.", {"captured@Lisne"}},
      // Not a relative clause whose verb has its own object, nor a complement "that".
      {"Lisne, which took heavy shelling last week, is half empty.", {}},
      {"Stavky, which lost most of its population, is in ruins.", {}},
      {"In Lisne, a city official said that Russian forces had captured two soldiers.", {}},
      // An item's appositive inside a list; not a clause after it, nor an attribution.
      {"Russian forces captured Stavky, a local official said on Monday, and Lisne was quiet.", {"captured@Stavky"}},
      {"Troops captured Stavky, a village on the river, and Lisne.", {"captured@Stavky", "captured@Lisne"}},
      {"Troops captured Stavky, the last village before Lisne, and moved on.", {"captured@Stavky"}},
      // Closing in on a place, focusing effort near it.
      {"Russian units were nearing Zarichne, a town on the heights, and Lisne, a rail hub.",
       {"fighting@Zarichne", "fighting@Lisne"}},
      {"The enemy focuses its attention near Stavky and Lisne.", {"fighting@Stavky", "fighting@Lisne"}},
      // Examples of a settlement noun after "near"; the initiative near a place.
      {"Fierce fighting was reported near settlements such as Stavky and Lisne.", {"fighting@Stavky", "fighting@Lisne"}},
      {"The enemy tried to seize the initiative near Zarichne.", {"fighting@Zarichne"}},
      // Forward near a place.
      {"Russian troops surged forward near the towns of Stavky and Lisne.", {"fighting@Stavky", "fighting@Lisne"}},
      {"Ukrainian units pushed forward around Zarichne on Monday.", {"fighting@Zarichne"}},
      {"Prices surged forward near Stavky as the market reopened.", {}},
      {"The evacuation convoy moved forward near Lisne despite the shelling.", {}},
      // Ground gained around a place and its twin city.
      {"Russian troops continue to gain ground around Stavky and its twin city of Lisne.",
       {"fighting@Stavky", "fighting@Lisne"}},
      // A report's heading names its front; a movement towards a place is fighting.
      {"In the direction of Lisne, the occupiers are trying to break through the defense.", {}},
      {"In the direction of Lisne, Stavky and Zarichne, the enemy attacked.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      // Troop movements want troops: not a train that left, nor a convoy nearing.
      {"The last evacuation train has left Stavky.", {}},
      {"The convoy is nearing Lisne.", {}},
      {"Russian troops have left Stavky.", {"withdrawal@Stavky"}},
      // Civilians fleeing are no retreat; troops that evacuated them are.
      {"Collaborators from Stavky and Lisne are fleeing to other settlements.", {}},
      {"In Lisne residents have two weeks to leave the city.", {}},
      {"Ukrainian troops evacuated civilians and withdrew from Stavky.", {"withdrawal@Stavky"}},
      // A participle after a comma has the main clause's subject.
      {"Civilians were seeking transport out of Stavky, fleeing the shelling.", {}},
      {"Ukrainian troops were seeking a way out of Stavky, fleeing the encirclement.", {"withdrawal@Stavky"}},
      {"Ukrainian troops were seeking a way out of Stavky with civilians, fleeing the encirclement.",
       {"withdrawal@Stavky"}},
      // Likely to take a place: a prediction; likely to have taken it: a hedged capture.
      {"Ukrainian forces are likely to liberate Stavky within the next 72 hours.", {"prediction@Stavky"}},
      {"Russian forces are likely to have captured Stavky.", {"captured@Stavky"}},
      {"Russian forces are likely to have taken Stavky.", {"captured@Stavky"}},
      {"Stavky is likely to have fallen.", {"captured@Stavky"}},
      {"Russia is likely to claim that it captured Stavky.", {"captured@Stavky"}},
      // Control about to be reached; neither one nor the other taken.
      {"Russia says it captured Stavky and is nearing control of Lisne.", {"captured@Stavky", "prediction@Lisne"}},
      {"Neither Stavky nor Lisne is under Russian control.", {"contested@Lisne", "contested@Stavky"}},
      {"Russian troops captured neither Stavky nor Lisne.", {"contested@Stavky", "contested@Lisne"}},
      // Going around the defenders; places named as points of hostilities.
      {"The enemy is trying to outflank us in the area of Stavky and Lisne.", {"fighting@Stavky", "fighting@Lisne"}},
      {"The districts of Stavky, Lisne and others are points of active hostilities.",
       {"fighting@Lisne", "fighting@Stavky"}},
      // A passive report of attacks.
      {"Enemy attacks were recorded in the areas of Stavky and Lisne.", {"fighting@Stavky", "fighting@Lisne"}},
      // A facility named after a place, or taken in it.
      {"Drones attacked the Lisne nuclear power plant overnight.", {}},
      {"Russian troops have been in control of the Stavky plant for months.", {}},
      {"Ukrainian forces recaptured a plant in the town of Stavky.", {"fighting@Stavky"}},
      // So is an attack in a sentence that counts people killed or wounded.
      {"Nine people were killed as Russian forces attacked the cities of Lisne and Stavky.", {}},
      {"Police said three people had been killed in Russian attacks on Zarichne.", {}},
      {"Russian forces attacked Stavky, killing ten Ukrainian soldiers.", {"fighting@Stavky"}},
      {"Russian troops attacked Lisne on Monday, and two people were killed in the town.", {"fighting@Lisne"}},
      // An air attack on a city is a strike, no claim.
      {"A Russian air attack on the city of Lisne killed three people.", {}},
      // A gerund a claim verb reports is the capture claimed.
      {"Russia on Sunday claimed taking control of the village of Stavky.", {"captured@Stavky"}},
      {"The ministry announced capturing Lisne after weeks of assaults.", {"captured@Lisne"}},
      {"The governor said troops in Zarichne would have to be withdrawn.", {"withdrawal@Zarichne"}},
  }, kPlaces);
}

TEST_F(ClaimFinderTest, CivilianEvacuationIsNoWithdrawal) {
  Record r = Run("More than 500 civilians were evacuated from Stavky last week.", kPlaces);
  EXPECT_TRUE(r.claims.empty()) << ClaimKeys(r)[0];
}

TEST_F(ClaimFinderTest, NoClaimWithoutTrigger) {
  Record r = Run("Zarichne lies north of Berezovo and southwest of Lisne.", kPlaces);
  EXPECT_TRUE(r.claims.empty());
}

TEST_F(ClaimFinderTest, HypotheticalNominalCaptureIsNoClaim) {
  Record r = Run("For the army, the capture of Zarichne represents more than a tactical win.", kPlaces);
  EXPECT_TRUE(r.claims.empty()) << ClaimKeys(r)[0];
  // A modal right after the noun's phrase.
  ExpectClaimKeys({
      {"Control over the town of Lisne would let the offensive go on, he explained.", {}},
      {"He explained that the capture of Lisne will open the road.", {}},
      {"He explained that the capture of Lisne, announced on Monday, opened the road.", {"captured@Lisne"}},
      {"The army now has control over Lisne, the governor said.", {"captured@Lisne"}},
      {"The troops took control of Lisne, which will allow them to advance.", {"captured@Lisne"}},
      {"The troops established full control over Lisne, which could open the road west.", {"captured@Lisne"}},
      {"The troops gained control over Lisne and will now push toward Stavky.", {"captured@Lisne", "fighting@Stavky"}},
      {"The capture of Lisne last week will allow the army to shell Stavky.", {"captured@Lisne"}},
  }, kPlaces);
}

TEST_F(ClaimFinderTest, ListsAfterTrigger) {
  Record r = Run("A notable success was their control of three villages in Donetsk: Zarichne, Berezovo, and Lisne.",
                 kPlaces);
  EXPECT_THAT(ClaimKeys(r), ElementsAre("captured@Zarichne", "captured@Berezove", "captured@Lisne"));
  r = Run("Several towns still remain contested, including Stavky, Lisne and Krutoy Yar.", kPlaces);
  EXPECT_THAT(ClaimKeys(r), ElementsAre("contested@Stavky", "contested@Lisne", "contested@Krutyi Yar"));
  r = Run("Units captured two settlements, in particular, the hamlets of Lisne and Stavky.", kPlaces);
  EXPECT_THAT(ClaimKeys(r), ElementsAre("captured@Lisne", "captured@Stavky"));
  r = Run("Overnight shelling took several towns off the grid, including Lisne and Stavky.", kPlaces);
  EXPECT_TRUE(ClaimKeys(r).empty());
  r = Run("They took several settlements, including Lisne and Stavky.", kPlaces);
  EXPECT_THAT(ClaimKeys(r), ElementsAre("captured@Lisne", "captured@Stavky"));
  r = Run("Units took two settlements, in particular, the hamlets of Lisne and Stavky.", kPlaces);
  EXPECT_THAT(ClaimKeys(r), ElementsAre("captured@Lisne", "captured@Stavky"));
  r = Run("It took several villages, including Lisne, years to rebuild.", kPlaces);
  EXPECT_TRUE(ClaimKeys(r).empty());
  r = Run("They captured two villages, in particular Lisne.", kPlaces);
  EXPECT_THAT(ClaimKeys(r), ElementsAre("captured@Lisne"));
  r = Run("They took part in the fighting near Lisne.", kPlaces);
  EXPECT_THAT(ClaimKeys(r), ElementsAre("fighting@Lisne"));
}

TEST_F(ClaimFinderTest, TriggerGovernsOnlyItsPlace) {
  Record r = Run("Troops pushed towards Zarichne following the liberation of Berezovo.", kPlaces);
  EXPECT_THAT(ClaimKeys(r), UnorderedElementsAre("fighting@Zarichne", "captured@Berezove"));
}

TEST_F(ClaimFinderTest, RegionsCarryNoClaims) {
  Record r = Run("Troops liberated Donetsk entirely.", kPlaces);
  EXPECT_TRUE(r.claims.empty());
}

TEST_F(ClaimFinderTest, DefiniteReferenceStandsForLastSettlement) {
  Record r = Run("The situation in Stavky is unclear. He reports that the brigade has taken control of all "
                 "approaches to the town.",
                 kPlaces);
  EXPECT_THAT(ClaimKeys(r), ElementsAre("fighting@Stavky"));
}

// "the city limits of X" names its city: not the last one named before.
TEST_F(ClaimFinderTest, ReferenceWithItsOwnNameIsNoAnaphora) {
  Record r = Run("Reporters in Stavky were told that troops have entered the city limits of Lisne.", kPlaces);
  EXPECT_THAT(ClaimKeys(r), ElementsAre("fighting@Lisne"));
}

// (Review: "the town ahead of Russia's offensive" is still the town named before.)
TEST_F(ClaimFinderTest, ReferenceBeforeOfPhraseStaysAnaphora) {
  Record r = Run("Russian troops attacked Lisne for weeks. Ukrainian forces withdrew from the town ahead of "
                 "Russia's winter offensive.",
                 kPlaces);
  EXPECT_THAT(ClaimKeys(r), ElementsAre("fighting@Lisne", "withdrawal@Lisne"));
}

TEST_F(ClaimFinderTest, AttributionDateDeadlineModality) {
  Record r = Run("On November 20, in an interview with TASS, Colonel Pavel Dronov stated that Zarichne "
                 "would be taken within one or two days.",
                 kPlaces, "2025-11-22");
  ASSERT_EQ(r.claims.size(), 1u);
  const Claim& c = r.claims[0];
  EXPECT_EQ(c.kind, "prediction");
  EXPECT_EQ(c.speaker, "Pavel Dronov");
  EXPECT_EQ(c.outlet, "TASS");
  EXPECT_EQ(c.date, "2025-11-20");
  EXPECT_EQ(c.deadline, "2025-11-22");
  EXPECT_EQ(c.modality, "predicted");
}

TEST_F(ClaimFinderTest, NegationAndDenial) {
  Record r = Run("The ministry denied that troops had entered Lisne.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].kind, "contested");
  EXPECT_TRUE(r.claims[0].negated);
  EXPECT_EQ(r.claims[0].modality, "denied");
  r = Run("Russian forces reportedly captured Berezovo.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].modality, "hedged");
  EXPECT_EQ(r.claims[0].side, "RU");
}

// A control adjective names the side that holds the place, before any side
// word nearer the trigger.
TEST_F(ClaimFinderTest, ControlAdjectiveNamesTheSide) {
  Record r = Run("Officials in the Russia-controlled city of Lisne accused Ukraine of shelling a bus.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "RU");
  r = Run("The Kyiv-controlled town of Lisne was quiet, a Russian blogger wrote.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "UA");
  // The side a trigger says was driven out is not the claim's.
  r = Run("Shells hit the Russian-held town of Lisne overnight.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "RU");
  r = Run("Fighters drove Ukrainian troops out of Lisne.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "RU");
  r = Run("Ukrainian units pushed the Russians out of Lisne.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "UA");
  // A passive's agent right after the trigger, whatever a relative clause says.
  r = Run("The village of Lisne, which was previously controlled by Ukrainian forces, has been occupied by Russian "
          "troops.",
          kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "RU");
  // With no side in the trigger, the nearest side word.
  r = Run("Russian units drove the enemy out of Lisne.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "RU");
  // The side that lost a place is not the one that took it.
  r = Run("Ukrainian forces lost control of Lisne last week.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].kind, "captured");
  EXPECT_EQ(r.claims[0].side, "RU");
  // Only the side in the verb's subject lost it, not the speaker's.
  r = Run("The Russian ministry said the enemy lost Lisne.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "RU");
}

TEST_F(ClaimFinderTest, LostPlacesChangedHands) {
  ExpectClaimKeys({
      {"The garrison lost the village of Stavky in May.", {"captured@Stavky"}},
      {"Moscow acknowledged the loss of Zarichne and Lisne.", {"captured@Zarichne", "captured@Lisne"}},
      {"The army lost two tanks near Lisne.", {}},
      {"Ukraine's loss of Stavky is only a matter of time, a columnist wrote.", {"prediction@Stavky"}},
      {"Ukrainian troops are about to withdraw from Lisne.", {"prediction@Lisne"}},
      {"Commanders try to prevent the loss of control over Zarichne.", {}},
      {"The enemy made three futile attempts to restore the lost positions near Stavky.", {"fighting@Stavky"}},
      {"Twice they tried to return the lost territory near Lisne.", {"fighting@Lisne"}},
  }, kPlaces);
}

TEST_F(ClaimFinderTest, OutcomesInParticiplesRelativesAndFlags) {
  ExpectClaimKeys({
      // An irregular past before the participle reports an outcome; a second
      // participle joined by "and" shares it.
      {"The group made new gains, seizing Lisne and securing Stavky.", {"captured@Lisne", "captured@Stavky"}},
      {"Troops are pushing on, capturing Lisne and securing Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      // "taking control of" is such a participle too.
      {"Its fall is viewed as a step on the way to taking control of Lisne.", {"fighting@Lisne"}},
      {"The army carried out an offensive, taking control of Lisne.", {"captured@Lisne"}},
      {"The army is advancing, taking control of Lisne.", {"fighting@Lisne"}},
      // A perfect reports what was done; a second participle shares the first one's outcome.
      {"The troops have pushed forward, capturing Lisne.", {"captured@Lisne"}},
      {"The troops have been advancing, capturing Lisne.", {"fighting@Lisne"}},
      {"The troops have pushed forward, capturing several positions and taking control of Lisne.",
       {"captured@Lisne"}},
      {"The troops are pushing on, capturing several positions and taking control of Lisne.", {"fighting@Lisne"}},
      {"The assault failed, costing many lives and capturing no ground near Lisne.", {"fighting@Lisne"}},
      // A relative clause with its own subject.
      {"The road runs north of Zarichne, which Russian forces captured in 2023.", {"captured@Zarichne"}},
      // A participle after the name's comma, adverbs of time between; an
      // appositive between subject and verb.
      {"Zarichne, recently captured by the army, lies in ruins.", {"captured@Zarichne"}},
      {"Zarichne, home to a few hundred people, had fallen under the control of the army.", {"captured@Zarichne"}},
      {"Zarichne, once a town of 30,000, was captured in February.", {"captured@Zarichne"}},
      {"Troops shelled Zarichne, and recently captured positions near Lisne.", {"fighting@Lisne"}},
      {"Zarichne, previously held by the army, is quiet.", {}},
      {"Troops left villages near the eastern town of Zarichne, recently captured by the army.",
       {"captured@Zarichne"}},
      {"Two soldiers from Zarichne, recently captured near the river, were exchanged.", {}},
      {"The commander of the brigade defending Zarichne, later captured by the army, appeared on video.", {}},
      {"A resident of Zarichne, already captured once, told her story.", {}},
      {"The town of Zarichne, recently captured by the army, lies in ruins.", {"captured@Zarichne"}},
      {"The situation in and around Zarichne is under control.", {}},
      {"The situation in the city of Zarichne is under control.", {}},
      {"The fire at the plant in Zarichne is under control.", {}},
      {"Officers report that the situation in Zarichne is still under control.", {}},
      {"Zarichne is now under the control of the army.", {"captured@Zarichne"}},
      // Only a capture reaches back over a relative clause with its own
      // subject ("which Russian forces attacked with drones" may be a strike).
      {"The road runs north of Zarichne, which Russian forces attacked in 2023.", {}},
      // A verb form after a determiner is a noun with no object.
      {"This capture marks a big gain for Zarichne.", {}},
      // The place a backward verb is about, not the one that locates it; a share of it taken leaves
      // it contested and fought in.
      {"The western part of the Lisne settlement in Zarichne has fallen under the control of the army.",
       {"contested@Lisne", "fighting@Lisne"}},
      {"The village of Stavky in Zarichne was captured.", {"captured@Stavky"}},
      // A retreat told as a manoeuvre, after a fronted list of places.
      {"In several sectors, near Lisne and Stavky, our units moved to more advantageous positions.",
       {"withdrawal@Lisne", "withdrawal@Stavky"}},
      {"The battalion withdrew to more defensible positions near Zarichne.", {"withdrawal@Zarichne"}},
      // A named forest inside a list of places.
      {"The enemy attacked in the areas of Lisne, the Kruta forestry and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      // Quotation marks do not count in the words back to the place.
      {"The towns of Lisne and Stavky in the east are \u201Cbadly overstretched\u201D and could fall within weeks.",
       {"prediction@Stavky", "prediction@Lisne"}},
      // Hot spots listed after a colon; "it happened" near places after a report of an attack.
      {"The expert named three hotbeds of tension on the front: Lisne, Stavky and Zarichne.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      {"It took place in the areas of Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"The ceremony took place near Lisne.", {}},
      // Cases a review of this landing found the new rules too broad on.
      {"There was heavy loss of life in Lisne.", {}},
      {"Flags were flying over Lisne at half mast.", {}},
      {"The command held back its reserves near Lisne for months.", {}},
      {"It is too early to say how long the battle for Lisne will last.", {"fighting@Lisne"}},
      {"Ukrainian forces may have lost Lisne.", {"captured@Lisne"}},
      {"Russian forces advanced, capturing Lisne; Kyiv now focuses on reinforcing and securing Stavky.",
       {"captured@Lisne", "fighting@Stavky"}},
      // Flags flying over a place.
      {"Blue and yellow flags are once again flying over Lisne and Stavky.", {"captured@Lisne", "captured@Stavky"}},
  }, kPlaces);
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

TEST_F(ClaimFinderTest, ReferenceAfterListMeansTheMainSettlement) {
  Record r = Run("Battles in Zarichne go on. Zarichne guards the road to Lisne, Stavky and Berezovo. "
                 "Analysts discussed the cost of capturing this city.",
                 kPlaces);
  EXPECT_THAT(ClaimKeys(r), ElementsAre("fighting@Zarichne", "fighting@Zarichne"));
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

// Denied and negated captures say the place is still held; negated fighting
// is no claim; a part of a place taken is fighting, a share of it contested too.
TEST_F(ClaimFinderTest, NegationPartsAndLocators) {
  ExpectClaimKeys({
      {"Kyiv denied that Russian troops have taken Lisne.", {"contested@Lisne"}},
      // A denial reaches over its whole clause.
      {"Yet Kyiv denies that the town of Lisne in the Donetsk region is entirely under the control of Moscow's troops.",
       {"contested@Lisne"}},
      {"It is too early to say that Stavky will be fully liberated this week.", {"contested@Stavky"}},
      {"According to him, Lisne is not under the control of Russia.", {"contested@Lisne"}},
      {"We cannot say that Berezovo is occupied, the spokesman said.", {"contested@Berezove"}},
      {"Russian forces failed to capture Stavky.", {"contested@Stavky", "fighting@Stavky"}},
      {"Ukrainian troops did not retreat from Zarichne.", {"contested@Zarichne"}},
      {"The command said Stavky has not been lost.", {"contested@Stavky"}},
      {"The brigade said there was no threat of encirclement of Lisne.", {}},
      {"Ukrainian officials made no direct reference to the retreat from Lisne.", {"withdrawal@Lisne"}},
      {"The ministry denied the report and said the fighting for Lisne is still ongoing.", {"fighting@Lisne"}},
      {"Lisne is almost completely occupied by the Russian army.", {"fighting@Lisne"}},
      // A share of a place taken: the rest is not yet taken (contested), the front runs through it
      // (fighting). Not a share attempted, planned or denied; a part that is no share (streets,
      // outskirts) is fighting only.
      {"More than half of Zarichne is now under the control of Russian forces.",
       {"contested@Zarichne", "fighting@Zarichne"}},
      {"The troops have secured the western portion of Zarichne.", {"contested@Zarichne", "fighting@Zarichne"}},
      {"Russian forces now control about 60 percent of Lisne.", {"contested@Lisne", "fighting@Lisne"}},
      {"Russian forces control about 40% of Lisne in the region.", {"contested@Lisne", "fighting@Lisne"}},
      {"Russian forces now control more than 60 percent of Lisne.", {"contested@Lisne", "fighting@Lisne"}},
      {"The army occupied most of Stavky.", {"contested@Stavky", "fighting@Stavky"}},
      {"Ukrainian forces control about 40% of Lisne.", {"contested@Lisne", "fighting@Lisne"}},
      {"Russian troops tried to capture 40% of Lisne.", {"fighting@Lisne"}},
      {"Moscow now plans to capture parts of Lisne it does not control.", {"fighting@Lisne"}},
      {"The troops have not captured the eastern part of Lisne.", {}},
      {"Russian forces captured the outskirts of Lisne.", {"fighting@Lisne"}},
      {"The villages of Lisne and Stavky south of Zarichne came under the control of the republic.",
       {"captured@Stavky", "captured@Lisne"}},
      {"The Ukrainian units in Berezovo have retreated to the western outskirts of the city.",
       {"withdrawal@Berezove", "fighting@Berezove"}},
      {"Zarichne remains under the control of units of the Armed Forces of Ukraine.", {"contested@Zarichne"}},
      {"Russian troops freed the settlements of Lisne, in the Donetsk region, and Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      {"Ukrainian troops have been knocked out of Zarichne.", {"captured@Zarichne"}},
      {"They are being forced out of Berezovo.", {"fighting@Berezove"}},
      {"Two Russian battalions are trying to surround the settlement of Lisne.", {"fighting@Lisne"}},
      {"Currently, fighting continues in Stavky.", {"fighting@Stavky"}},
      {"Troops began an offensive operation to recapture Zarichne.", {"fighting@Zarichne"}},
      {"Russian forces attempted a single assault against Berezovo on Tuesday.", {"fighting@Berezove"}},
      {"Ukrainian troops would have to leave Lisne.", {"withdrawal@Lisne"}},
  }, kPlaces);
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

TEST_F(ClaimFinderTest, GovernmentsRegionsSeasonsAndAnnouncements) {
  ExpectClaimKeys({
      {"The brigade was sent to reestablish control over the border lands claimed by Zarichne.", {}},
      {"The region joined the country in the fall of 2022 after a vote Zarichne rejected.", {}},
      {"Units began a partial withdrawal from the key Zarichne city of Mirnogradsk.", {"withdrawal@Myrnohrad"}},
      {"The general issued a statement on Telegram announcing the liberation of Lisne and Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      // A capture noun after a possessive place.
      {"Lisne's capture was announced on Monday.", {"captured@Lisne"}},
      {"Troops regrouped after Lisne\u2019s recent fall.", {"captured@Lisne"}},
      {"Analysts expect Lisne's imminent fall.", {"prediction@Lisne"}},
      {"He said just a few days were left until Lisne's liberation.", {"prediction@Lisne"}},
      {"The troops will hold out until the liberation of Lisne.", {"prediction@Lisne"}},
      {"Lisne's capture would be a blow.", {}},
      {"The move comes in the wake of Lisne's recent fall.", {"captured@Lisne"}},
      {"The move comes in the aftermath of the capture of Lisne.", {"captured@Lisne"}},
      {"Analysts debate the capture of Lisne.", {}},
      {"Bloggers spread rumours about the recent fall of Lisne.", {}},
      // A grouping named like a village, as the source of a report.
      {"According to the spokesperson of \"Zarichne\", the assault on Lisne was repelled.", {"fighting@Lisne"}},
      {"According to Zarichne, fighting continues near Lisne.", {"fighting@Lisne"}},
      {"\"Zarichne\" reported that attacks near Lisne failed.", {"fighting@Lisne"}},
      {"According to the spokesperson of \"Zarichne\", fighting continues in the area.", {}},
      {"According to Zarichne, the assault was repelled.", {}},
      {"\"Zarichne\" reported heavy fighting.", {}},
      {"According to the spokesperson of \"Zarichne\", the clip was filmed in the \"Kanal\" quarter, the "
       "main line of defense of the troops in the city.",
       {}},
  }, kPlaces);
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

TEST_F(ClaimFinderTest, ListsRetentionAndLookalikes) {
  ExpectClaimKeys({
      {"The villages of Lisne, Stavky, and Zarichne, as well as the city of Berezovo, came under Russian control.",
       {"captured@Berezove", "captured@Zarichne", "captured@Stavky", "captured@Lisne"}},
      {"Russian troops took Lisne, Stavky, as well as the city of Berezovo.",
       {"captured@Lisne", "captured@Stavky", "captured@Berezove"}},
      {"Ukrainian forces remained in control of the village of Lisne, the governor said.", {"contested@Lisne"}},
      {"Ukrainian units retain control over parts of Stavky.", {"contested@Stavky"}},
      {"Our troops hold their ground, nobody has captured Zarichne.", {"contested@Zarichne"}},
      {"A report said Berezovo was \"about to fall.\"", {"prediction@Berezove"}},
      {"The brigade contested a statement saying Lisne was retaken.", {"captured@Lisne"}},
      {"The General Staff said fighting was going on around Stavky.", {"fighting@Stavky"}},
      {"Forces inflicted losses as part of the offensive in nearby Zarichne village.", {"fighting@Zarichne"}},
      {"Battles in Lisne go on. Troops took control of the settlement Stavky overnight.",
       {"fighting@Lisne", "captured@Stavky"}},
      {"Marines advanced in the southeast of Berezovo along the main street.", {"fighting@Berezove"}},
      {"Its capture would mark an advance towards the key Zarichne hubs of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
  }, kPlaces);
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

TEST_F(ClaimFinderTest, RetreatsFromPositionsIntentsAndConditions) {
  ExpectClaimKeys({
      {"The enemy has fled positions on the northeastern outskirts of Lisne.", {"withdrawal@Lisne", "fighting@Lisne"}},
      {"Ukrainian troops were fleeing from positions near Stavky.", {"withdrawal@Stavky"}},
      {"Ukrainian troops withdrew to positions near Stavky.", {}},
      {"The troops have lost their positions in villages Lisne and Stavky, experts note.",
       {"withdrawal@Lisne", "withdrawal@Stavky"}},
      {"The enemy has lost positions around Zarichne.", {"withdrawal@Zarichne"}},
      {"The army risks losing positions near Zarichne.", {}},
      {"Ukrainian forces left a number of positions near the villages of Lisne and Stavky.",
       {"withdrawal@Lisne", "withdrawal@Stavky"}},
      {"The Russians still intend to capture Zarichne.", {"fighting@Zarichne"}},
      {"If they manage this, forces will keep Lisne and Stavky under fire.", {}},
      {"If all goes to plan, Lisne will fall within a week.", {"prediction@Lisne"}},
      {"If they take Lisne, they will be able to shell Stavky.", {}},
      {"They struggled for weeks before capturing the cities of Lisne and Berezovo.",
       {"captured@Lisne", "captured@Berezove"}},
      {"Berezovo is actually a gray zone, the official said.", {"contested@Berezove"}},
      {"Combat is localized near Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"This is the part of the city closest to the Russian-occupied Zarichne.", {"captured@Zarichne"}},
      {"Russian troops took the village of Lisne on Monday.", {"captured@Lisne"}},
      // A hub, a port or a stronghold with its "of" names the place too.
      {"Troops have pushed west since they took the industrial hub of Lisne in February.", {"captured@Lisne"}},
      {"The army took the strategic southern port of Lisne.", {"captured@Lisne"}},
      {"They liberated the village of Stavky south of the Russian-occupied ruins of Lisne.",
       {"captured@Stavky", "captured@Lisne"}},
      {"Russian troops attacked Stavky, the northern part of Lisne and Zarichne.",
       {"fighting@Stavky", "fighting@Lisne", "fighting@Zarichne"}},
      {"These areas, Lisne and Stavky, have come under Russian military administration.",
       {"captured@Stavky", "captured@Lisne"}},
      {"Lisne has come under Moscow's control.", {"captured@Lisne"}},
      {"For months, Lisne has been a focal point in the struggle between the armies.", {"fighting@Lisne"}},
      // The captured village's own name after its locator's place.
      {"The ministry announced the capture of another village near Lisne, Stavky.", {"captured@Stavky"}},
      {"Troops captured a village outside the city of Lisne named Stavky.", {"captured@Stavky"}},
      {"Troops captured a village near Lisne, Stavky and Zarichne.", {}},
      // An armed group is an army subject of a relative clause.
      {"Troops are close to Lisne, a village which the pro-Russian separatists claimed to have conquered.",
       {"captured@Lisne"}},
      {"Lisne, a town which the group filmed on Monday, is quiet.", {}},
      // A flag with its colours, raised by troops (not by fans).
      {"Troops raised the blue and yellow Ukrainian flag from a destroyed building in the village of Lisne.",
       {"captured@Lisne"}},
      {"Fans raised the blue and yellow flag over the stadium in Lisne.", {}},
      // A side that claims a place takes it; a claim about it does not.
      {"On Saturday, Russia claimed the nearby village of Lisne.", {"captured@Lisne"}},
      {"Russia claimed Lisne was shelled by Ukrainian forces.", {}},
      {"The advance of Russian troops has become noticeable in the area of the village of Lisne.",
       {"fighting@Lisne"}},
      {"Troops are near Lisne, a village which Russian forces claimed to have conquered.", {"captured@Lisne"}},
      {"Troops are conducting a stabilization operation near the village of Lisne.", {"fighting@Lisne"}},
      {"Some 2,000 soldiers were in the cauldron at Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"Russian forces may now be contesting the villages of Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      // Review: no election contest, rescue operation, aid's focal point, party's
      // victory; marines who abandoned buildings did withdraw.
      {"Opposition candidates are contesting Lisne's mayoral election.", {}},
      {"A rescue operation near Lisne continued.", {}},
      {"Lisne has become the focal point of humanitarian aid deliveries.", {}},
      {"The mayor's party is close to a victory in Lisne in the local elections.", {}},
      {"Ukrainian marines abandoned buildings in Lisne under heavy fire.", {"withdrawal@Lisne"}},
      // A list's last item with a verb of its own opens its own clause.
      {"New settlements were taken under control: Lisne, and the settlement of Stavky was partially surrounded.",
       {"captured@Lisne", "fighting@Stavky"}},
      {"Russia is closing in on a tactical victory in Lisne.", {"prediction@Lisne"}},
      {"Ukrainian positions still remain in Lisne and Stavky.", {"contested@Lisne", "contested@Stavky"}},
      // Houses their residents left: no withdrawal.
      {"Soldiers seized abandoned houses in Lisne village and looted them.", {}},
      {"Ukrainian troops abandoned positions in Lisne.", {"withdrawal@Lisne"}},
      {"Forces are preparing to take a village called Stavky.", {"fighting@Stavky"}},
      {"The unit took part in the battles before it reached Stavky.", {}},
      // Intentions disavowed are no claim, not even a contested one.
      {"Moscow says it has no plans to capture Lisne for now.", {}},
      {"The army does not intend to storm Stavky, a general said.", {}},
      {"The army has not captured Stavky, a general said.", {"contested@Stavky"}},
      // A withdrawal disavowed says the place is held.
      {"Nobody is planning to leave Stavky at the moment, the source said.", {"contested@Stavky"}},
      // A withdrawal or capture that is only potential.
      {"Engineers dug trenches near Lisne for a potential withdrawal.", {}},
      {"Analysts weighed the possible capture of Stavky.", {}},
      {"Engineers dug trenches near Lisne before the withdrawal.", {"withdrawal@Lisne"}},
  }, kPlaces);
}

TEST_F(ClaimFinderTest, EntriesCalledFalseGrayZoneListsAndTroopsThatRemain) {
  ExpectClaimKeys({
      // An entry a sentence calls false, or a denial after it, makes the
      // place contested as well.
      {"Claims that enemy troops have entered the village of Lisne are false, the army said.",
       {"fighting@Lisne", "contested@Lisne"}},
      {"The agency claimed that enemy units had entered Stavky, but the army denied the claim.",
       {"fighting@Stavky", "contested@Stavky"}},
      {"Enemy units entered Stavky on Monday and began clearing it.", {"fighting@Stavky"}},
      // A list before the verb of the gray zone, also in quotation marks.
      {"Several villages, including Lisne, Stavky, and Zarichne, remain in the so-called \"gray zone,\" monitors say.",
       {"contested@Zarichne", "contested@Stavky", "contested@Lisne"}},  // backward, nearest first
      {"Lisne is in the grey zone now.", {"contested@Lisne"}},
      // Troops of the defending side still there.
      {"According to the source, the troops also remain in Stavky, but it is hard.", {"contested@Stavky"}},
      {"The troops remain in positions near Stavky.", {}},
      // An appositive with a parenthesis in it is passed over whole.
      {"The village of Lisne, lying about 12 kilometers (7 miles) south of Stavky, was liberated by the army in 2023.",
       {"captured@Lisne"}},
      // Compass bearings locate assaults, not an offensive beyond them.
      {"The enemy carried out 16 assaults west of Zarichne and near Lisne.", {"fighting@Zarichne", "fighting@Lisne"}},
      {"The army launched an offensive west of Zarichne.", {}},
      {"A blogger noted increased activity near the village of Zarichne.", {"fighting@Zarichne"}},
      {"The enemy has shifted to defense near the village of Lisne.", {"fighting@Lisne"}},
      {"Reserves were sent into the embattled town of Stavky.", {"fighting@Stavky"}},
      // "since capturing X" reports the capture; "combat" as an adjective.
      {"The enemy has made some gains since capturing Lisne in February.", {"captured@Lisne"}},
      {"The most combat ready enemy troops are near Stavky.", {}},
      {"Combat continues near Stavky.", {"fighting@Stavky"}},
      // The review's cases: each rule held to its construction.
      {"Lisne, which Russia fully controls, lies in ruins.", {"captured@Lisne"}},
      {"Russia still holds Stavky.", {"contested@Stavky"}},  // no code: a hold with no home side
      {"It is unclear who controls Lisne.", {}},
      {"In Lisne, the region's west, the occupiers control only the western part of that city.",
       {"contested@Lisne", "fighting@Lisne"}},
      {"Air defences defending Lisne shot down 20 drones overnight.", {}},
      {"Officials defended Lisne's evacuation plan.", {}},
      {"A fire engulfed a residential building in Lisne after a drone attack.", {}},
      {"Elections in Lisne were held on Sunday.", {}},
      {"Officials fear Lisne will be next to lose power.", {}},
      {"Police control the situation in Lisne after the protest.", {}},
      {"Once a thriving town of 4,000 people Lisne is now under Russian control.", {"captured@Lisne"}},
      {"During the offensive the enemy may have captured the village of Lisne.", {"captured@Lisne"}},
      {"Troops launched an operation to cross the river and retook the village of Lisne.", {"captured@Lisne"}},
      {"After capturing Lisne in February, the enemy will now target Stavky.", {"captured@Lisne"}},
      // A battleground, a focal point of fighting, under heavy pressure.
      {"Lisne is becoming an intense battleground, the brigade says.", {"fighting@Lisne"}},
      {"Stavky remains a focal point of intense fighting.", {"fighting@Stavky"}},
      {"The nearby town of Lisne is also under heavy pressure, he said.", {"fighting@Lisne"}},
      {"The economy of the region is under pressure.", {}},
      // The name between the commas after "the town" is the subject's.
      {"Maps show that the town, Lisne, is now under Russian control.", {"captured@Lisne"}},
      // "dismissed those claims"; a denial opening the next sentence with
      // its object past the eighth word; a country's capture of a place.
      {"Moscow claimed its forces captured all of Lisne but the brigade has dismissed those claims.",
       {"captured@Lisne", "contested@Lisne"}},
      {"Russia has claimed full control of the city of Lisne. However, military officials have firmly denied the "
       "claim.",
       {"captured@Lisne", "contested@Lisne"}},
      {"The capture of Stavky follows Russia's seizure of Lisne in 2024.", {"captured@Lisne"}},
      {"Lisne's capture was announced on Saturday.", {"captured@Lisne"}},
      // "A and neighbouring B"; "A and the town of B"; the scene of fighting.
      {"Troops were sent to \"encircle\" Lisne and neighboring Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"Troops captured Lisne and the town of Stavky.", {"captured@Lisne", "captured@Stavky"}},
      {"For weeks Lisne and Stavky have been the scene of heavy fighting.", {"fighting@Stavky", "fighting@Lisne"}},
      // Positions improved around places (a ministry's phrase).
      {"The troops had improved the tactical position around border villages, including Lisne, and the town of "
       "Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      // "which Russia claimed to have captured"
      {"The hamlet lies near the town of Lisne, which Russia claimed to have captured in March.",
       {"captured@Lisne"}},
      // "-held" names the side holding the place, like "-controlled".
      // (the attack before it still reaches the place)
      {"Troops mounted an assault on the Ukrainian-held village of Lisne.", {"fighting@Lisne", "captured@Lisne"}},
      // Defenders who say they control the situation there.
      {"The army controls the situation near the village of Lisne, a spokesman said.", {"contested@Lisne"}},
      // Progress in places: right after it, past modifiers of a settlement noun.
      {"It comes amid claims of progress in the two eastern cities of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"There has been little progress in talks about Lisne.", {}},
      // "have fallen"; a report's infinitive is no purpose ("is said to").
      {"Lisne and Stavky have fallen.", {"captured@Stavky", "captured@Lisne"}},
      {"Stavky is said to have fallen.", {"captured@Stavky"}},
      {"The troops are believed to have captured Stavky.", {"captured@Stavky"}},
      // A dash pair around the names of the subject.
      {"Two villages \u2013 Lisne and Stavky \u2013 are said to have fallen.", {"captured@Stavky", "captured@Lisne"}},
      // A clause opening with "Once" and no past verb looks ahead.
      {"Once the army takes full control of Lisne, it will hit morale.", {}},
      {"Once the villages of Lisne and Stavky were captured, troops moved on.", {"captured@Stavky", "captured@Lisne"}},
      {"The army once again captured Lisne.", {"captured@Lisne"}},
      // An infinitive joined to an attempt's shares it.
      {"Assault groups keep trying to break the defence lines and capture the settlements of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Assault units tried to break through and captured Lisne.", {"captured@Lisne"}},
      // Troops that threaten towns (not a capital threatened with strikes).
      {"Troops advanced, and they now threaten the towns of Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"The enemy threatens Kyiv with new strikes.", {}},
      // Troops defending a place; supply lines cut to troops in it.
      {"Mechanized units are steadfastly defending Lisne in the south.", {"fighting@Lisne"}},
      {"We lack the human resources to defend Stavky, the officer said.", {"fighting@Stavky"}},
      {"The army had severed supply lines to a unit in Stavky, he said.", {"fighting@Stavky"}},
      // Control said to go on, after a denial of the capture.
      {"The enemy has occupied Lisne, though the army denies this, asserting continued control over Lisne.",
       {"captured@Lisne", "contested@Lisne"}},
      // The names after a comma are the villages counted before it.
      {"The enemy has occupied two villages within the region, Lisne and Stavky.", {"captured@Lisne", "captured@Stavky"}},
      {"The enemy captured villages near Lisne, Stavky residents said.", {}},
      // The object named again after the comma.
      {"Months ago the enemy took over the district centre, the town of Lisne.", {"captured@Lisne"}},
      // What a hypothetical gerund subject would bring about is no claim;
      // a noun in "-ing" is no such subject.
      {"Seizing Lisne would allow the troops to advance to two more towns, Stavky and Zarichne.", {}},
      {"Fighting in Lisne will continue, and the army captured Stavky.", {"fighting@Lisne", "captured@Stavky"}},
      // A compass appositive between subject and verb; "almost" in the verb group.
      {"The city of Lisne, further north, was almost completely occupied as well.", {"fighting@Lisne"}},
      {"The city of Lisne, to the north, has been occupied.", {"captured@Lisne"}},
      // A pronoun subject of a relative clause stands for the side named before.
      {"Russian forces advanced from the city of Lisne, which they captured last February.", {"captured@Lisne"}},
      {"Prices rose in the city of Lisne, which they captured last February.", {}},
      // An attack that engulfs places, listed with compass locators.
      {"A wider attack has engulfed Lisne to the south, Stavky further south and Zarichne to the north.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      // "around A and in B", "and in nearby towns, including B and C".
      {"Blogs reported fighting around Lisne and in nearby towns, including Stavky and Zarichne.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      {"Blogs reported fighting around Lisne and in Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      // Occupation; flags that fly again or a nation's flag over a place.
      {"He stated that Lisne, Stavky, and Zarichne were under Russian occupation.",
       {"captured@Zarichne", "captured@Stavky", "captured@Lisne"}},
      {"The flag flies again over the village of Lisne.", {"captured@Lisne"}},
      {"A video showed marines hoisting a Ukrainian flag above Stavky.", {"captured@Stavky"}},
      // Closer to a place; a precarious situation in it; places holding on.
      {"The troops inch closer to the important city of Lisne.", {"fighting@Lisne"}},
      {"The army faces a precarious situation in Stavky, a former mining town.", {"fighting@Stavky"}},
      {"He said Lisne and Stavky were holding on despite intense attacks.", {"contested@Stavky", "contested@Lisne"}},
      // A capture the text calls alleged is the claim it reports (hedged),
      // and the place contested; one unlikely to happen is contested.
      {"The ministry spread information about the alleged transfer of Lisne under the control of its troops.",
       {"captured@Lisne", "contested@Lisne"}},
      {"Lisne was allegedly captured by the army.", {"captured@Lisne", "contested@Lisne"}},
      {"Information is spread about the purported capture of Stavky.", {"captured@Stavky", "contested@Stavky"}},
      {"Russia reportedly captured Stavky.", {"captured@Stavky"}},
      {"Troops allegedly attacked near Stavky.", {"fighting@Stavky"}},
      {"The army is unlikely to oust Ukrainian forces from Stavky this month.", {"contested@Stavky"}},
      {"He said the possible \"capture of Stavky is unlikely to matter.\"", {}},
      // A side said to control a place (past compass adjectives, a bare
      // settlement noun); one that still controls it only contests it.
      {"The troops likely control the eastern town Lisne, in the region.", {"captured@Lisne"}},
      {"The troops control eastern and southeastern Stavky.", {"captured@Stavky"}},
      {"The defenders still control Stavky.", {"contested@Stavky"}},
      // Entries and captures the main clause's future puts ahead; places next in line.
      {"After liberating Lisne, the army will enter Stavky and Zarichne.",
       {"prediction@Lisne", "prediction@Stavky", "prediction@Zarichne"}},
      {"After liberating Lisne, the troops rested.", {"captured@Lisne"}},
      {"The troops will enter Stavky soon.", {"prediction@Stavky"}},
      {"The troops entered Stavky.", {"fighting@Stavky"}},
      {"Stavky and Zarichne will come next.", {"prediction@Zarichne", "prediction@Stavky"}},
      // A list item located by its community goes on to the next.
      {"Troops established control over 4 settlements: Lisne, Stavky of the Yunakivska community and Zarichne.",
       {"captured@Lisne", "captured@Stavky", "captured@Zarichne"}},
      // Territory taken in the areas of places; not the outskirts of one.
      {"Over the week they regained 40 km of territory in the areas of Lisne and Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      {"They recaptured the outskirts of Lisne.", {"fighting@Lisne"}},
      // An abbreviation in parentheses is passed over.
      {"The district reported clashes with Armed Forces (AF) units in several villages, including Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
  }, kPlaces);
}

// Ukraine's forces said to hold a settlement of Ukraine still hold it: the
// place is contested, not captured; a capture by them, or a hold of a
// place abroad, stays one.
TEST_F(ClaimFinderTest, HoldByTheHomeSideContests) {
  const std::vector<PlaceSpec> places = {{"Lisne", "Lisne", geo::PlaceKind::kSettlement, 0, "UA1412001001"},
                                         {"Sudzha", "Sudzha", geo::PlaceKind::kSettlement, 0, "500000"}};
  ExpectClaimKeys({
      {"Lisne is roughly 60% under the control of Ukraine's armed forces, the brigade says.", {"contested@Lisne"}},
      // Only a hold that goes on or is partial: a plain one after a
      // recapture reports it.
      {"The Kyiv-controlled town of Lisne still holds, a blogger wrote.", {"contested@Lisne"}},
      {"Lisne is under the control of Ukrainian troops, the brigade confirmed.", {"captured@Lisne"}},
      // Keeping a place under control is a hold that goes on; so is one a
      // relative clause describes.
      {"Shelling killed three people in the town of Lisne, which is under Kyiv's control.", {"contested@Lisne"}},
      {"Ukraine's defense is holding, keeping Lisne, a town in the east, under control.", {"contested@Lisne"}},
      {"Russian troops are keeping Lisne under control.", {"captured@Lisne"}},
      {"Russian forces control Lisne, the ministry said.", {"captured@Lisne"}},
      {"Ukrainian forces liberated Lisne on Monday.", {"captured@Lisne"}},
      {"Troops mounted an assault on the Ukrainian-held village of Sudzha.", {"fighting@Sudzha", "captured@Sudzha"}},
      {"Troops attacked the Ukrainian-held town of Lisne.", {"fighting@Lisne", "contested@Lisne"}},
      // A present passive hold by the home side contests; a control
      // adjective states the present even after "would".
      {"Troops try to break through, but Lisne is controlled by the Armed Forces of Ukraine.", {"contested@Lisne"}},
      {"It would mean less shelling on the nearby Russian-held city of Lisne.", {"captured@Lisne"}},
      // A control adjective in an appositive of the place before it.
      {"Troops repelled an attack on Lisne, the last fully Ukrainian-controlled city in the region.",
       {"fighting@Lisne", "contested@Lisne"}},
      {"Lisne, the largest Russian-held town in the region, was shelled.", {"captured@Lisne"}},
      {"Russian forces are 5 km from Stavky and Ukrainian forces control Lisne.", {"contested@Lisne"}},
      {"Ukrainian forces established full control of Lisne and continue to advance south.", {"captured@Lisne"}},
      {"Russia still holds Lisne.", {"captured@Lisne"}},
      // Ukraine's defenders maintaining control hold it still.
      {"Ukrainian defenders maintain control over Lisne.", {"contested@Lisne"}},
      // The noun "control of" is no present hold ("returned to the control
      // of Ukraine" reports a recapture).
      {"Two villages returned to the control of Kyiv's forces: Lisne.", {"captured@Lisne"}},
      // Russia's forces still holding a place of Ukraine have taken it.
      {"In the south, Russia still controls Lisne, the regional capital.", {"captured@Lisne"}},
      {"Lisne remains under Russian control.", {"captured@Lisne"}},
      {"Ukrainian forces still control Lisne.", {"contested@Lisne"}},
      {"Ukrainian forces continue holding control of Lisne.", {"contested@Lisne"}},
      // "fully control" is the verb too, past a quotation's close.
      {"Kyiv said its forces \"fully control\" the north-eastern city of Lisne.", {"contested@Lisne"}},
      {"Russian troops now fully control the town of Lisne.", {"captured@Lisne"}},
      // "came under Ukrainian control" reports a recapture, no hold.
      {"Lisne came under Ukrainian control on November 11, 2022.", {"captured@Lisne"}},
      // A nationality before a settlement noun says whose the place is,
      // not who acts.
      {"The mercenaries now claim full control over the small Ukrainian town of Lisne.",
       {"captured@Lisne"}},
  }, places);
}

TEST_F(ClaimFinderTest, CounterattacksInfiltrationRoutesAndRetakes) {
  ExpectClaimKeys({
      {"Ukrainian forces launched two counter-attacks in the Lisne area.", {"fighting@Lisne"}},
      {"The enemy counterattacked near Stavky twice last week.", {"fighting@Stavky"}},
      {"Scouting parties have infiltrated Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"The ministry reported an engagement in the village of Zarichne.", {"fighting@Zarichne"}},
      {"Ukrainian forces attempted to regain control of Lisne, but failed.", {"fighting@Lisne"}},
      {"The army regained control of Stavky on Monday.", {"captured@Stavky"}},
      // A road named after places is not a claim about them.
      {"The Lisne-Stavky road is under fire control, the officer stressed.", {}},
      {"Troops advanced toward the strategic Zarichne\u2013Krutoy Yar highway.", {}},
      {"Troops gained control over roads leading to Lisne and Stavky.", {}},
      // A purpose infinitive is an attempt; "managed to" reports the outcome.
      {"Forces are advancing from the east to swiftly liberate Lisne.", {"fighting@Lisne"}},
      {"An operation was launched to enter Stavky from the north.", {"fighting@Stavky"}},
      {"The unit managed to liberate Zarichne after a week.", {"captured@Zarichne"}},
      // A stated aim is an attempt too.
      {"The invaders pushed ahead with the aim of establishing control of Stavky.", {"fighting@Stavky"}},
      {"Assaults aimed at capturing Lisne continued all week.", {"fighting@Lisne"}},
      {"They took Lisne and advanced east to take control of Stavky.", {"captured@Lisne", "captured@Stavky"}},
      // A percentage holds the object; the place before is no object.
      {"Troops in the Lisne area have liberated 40% of Stavky.", {"contested@Stavky", "fighting@Stavky"}},
      {"After failing to advance on Lisne, they turned south.", {}},
      {"Lisne on brink of fall", {"prediction@Lisne"}},
      {"Fighting is still ongoing around the two towns of Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"Units attack Zarichne from the north.", {"fighting@Zarichne"}},
      {"Lisne is north of Stavky, which was recaptured earlier this week.", {"captured@Stavky"}},
      {"Near Lisne, the army tried to counterattack twice last weekend.", {"fighting@Lisne"}},
      {"Around the village of Stavky, assault groups are active.", {"fighting@Stavky"}},
      {"In Lisne, officials said the attack failed.", {}},
      {"Saboteurs reached the supply road towards Zarichne.", {}},
      // A capital as the subject of a verb is its government.
      {"Moscow claims capture of Lisne, Kyiv hasn't confirmed.", {"captured@Lisne"}},
      {"The commander said Kyiv had withdrawn from Stavky.", {"withdrawal@Stavky"}},
      {"Forces cut off units in Krasnoruzensk (Stavky in Ukrainian).", {"fighting@Stavky"}},
      {"The brigade took back Lisne and Stavky last week.", {"captured@Lisne", "captured@Stavky"}},
      // A name in a hyphenated modifier qualifies what follows.
      {"The army reclaimed Lisne-area hamlets including Stavky and Zarichne.",
       {"captured@Stavky", "captured@Zarichne"}},
      // "in the X area" places a bare attack.
      {"Enemy units tried to attack in the Lisne area at dawn.", {"fighting@Lisne"}},
      {"The invaders attack in the morning, officials in Lisne said.", {}},
      {"Russian units are trying to close in on the town of Stavky.", {"fighting@Stavky"}},
      // A front report's list goes on over compass bearings; one bearing
      // alone only says where the place before it lies.
      {"The battalion improved its tactical position near Lisne, north of Stavky, west of Zarichne and Berezovo.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne", "fighting@Berezove"}},
      {"Troops repelled two attacks near Lisne and west of Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"Fighting went on near Lisne, south of Stavky.", {"fighting@Lisne"}},
      {"Our unit is leaving positions south of Stavky.", {"withdrawal@Stavky"}},
      // An indefinite appositive between subject and verb is passed over whole.
      {"The village of Lisne, a hub for the supply of Stavky, has passed under Russian control.",
       {"captured@Lisne"}},
      {"The noose around Zarichne is tightening, he said.", {"fighting@Zarichne"}},
      {"A raiding party entered the territory of the village of Berezovo at night.", {"fighting@Berezove"}},
      {"Russia hopes to capture Lisne soon.", {"fighting@Lisne"}},
      {"Paratroopers smashed their way into Stavky.", {"fighting@Stavky"}},
      {"Analysts say the army could gain control of Lisne by spring.", {"prediction@Lisne"}},
      // Where an advance started is no place it fights for.
      {"Assault groups try to advance from the occupied town of Lisne to the villages of Stavky and Zarichne.",
       {"fighting@Stavky", "fighting@Zarichne", "captured@Lisne"}},
      {"Troops advanced half a kilometre from the direction of Lisne towards Stavky.", {"fighting@Stavky"}},
      {"Russian forces are trying to advance from Lisne to Stavky.", {"fighting@Stavky"}},
      {"The advance did not stop at Lisne.", {}},
      {"Few advances have been made in Stavky this week.", {"fighting@Stavky"}},
      {"The troops fended off four attacks east of Lisne.", {"fighting@Lisne"}},
      {"The enemy is trying to develop its offensive west of Stavky.", {}},
      {"The battalion is suffering heavy losses near Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"Marines tried to widen a bridgehead around the village of Zarichne.", {"fighting@Zarichne"}},
      {"Lisne and Stavky are under our fire control, the commander said.",
       {"fighting@Stavky", "fighting@Lisne"}},
      {"Troops improved their forward positions near the city of Zarichne.", {"fighting@Zarichne"}},
      {"Two brigades kept defending positions near Berezovo.", {"fighting@Berezove"}},
      {"Artillery shelled the settlements of Lisne, Stavky and Zarichne overnight.", {}},
      {"The enemy kept up mortar and artillery attacks on Lisne; Stavky and Zarichne in the region.", {}},
      {"Drone strikes on Stavky continued at night.", {}},
      {"Kyiv does not intend to withdraw its troops from Lisne, the official said.", {"contested@Lisne"}},
      {"The garrison moved away from Stavky overnight.", {"withdrawal@Stavky"}},
      {"Lisne may fall within weeks, a commander warned.", {"prediction@Lisne"}},
      // Cases a review of this landing's rules found them too broad on.
      {"Berezovo was attacked in the early hours of Monday.", {"fighting@Berezove"}},
      {"Ukrainian troops were pushed back to Lisne.", {}},
      {"Ukrainian forces continue to control the situation near Lisne.", {}},
      {"If confirmed, it would mean Russian forces have taken Lisne.", {}},
      {"The village of Lisne is under Ukrainian control again after a counterattack.", {"captured@Lisne"}},
      {"Ukrainian forces repelled attacks coming from the south near Stavky.", {"fighting@Stavky"}},
      {"Police foiled a sabotage plot near Lisne.", {}},
      {"He took back his words about Lisne.", {}},
      {"Three soldiers were killed while liberating Lisne.", {"fighting@Lisne"}},
      {"Fighting continued near Lisne, north of Stavky and the main road.", {"fighting@Lisne"}},
      {"Insurers estimated losses near Lisne at ten million.", {}},
      {"Northwest of Zarichne, troops took new positions in the direction of the river.", {"fighting@Zarichne"}},
      {"The attackers were pushed back to the western outskirts of Lisne.", {"withdrawal@Lisne", "fighting@Lisne"}},
      {"The villages of Stavky and Zarichne, located on the river, are currently not occupied.",
       {"contested@Zarichne", "contested@Stavky"}},
      {"The Defense Forces continue to control the village of Berezovo.", {"contested@Berezove"}},
      {"The Russians advanced near Lisne and near the villages of Stavky and Zarichne.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      {"The army continues to press against Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"A complex situation is near Lisne, where the enemy tries to break through.", {"fighting@Lisne"}},
      {"A tense situation persists near Stavky.", {"fighting@Stavky"}},
      // Bare fighting words reach villages a list introduces.
      {"The district has been engaged in intense combat with several brigades in several villages within the region, "
       "including Lisne, Stavky and Zarichne.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      {"The combat near Stavky was fierce.", {"fighting@Stavky"}},
      {"He is a combat veteran from Stavky.", {}},
      // A fronted "in X," right before the fighting.
      {"In the suburbs of the city of Lisne and nearby, fighting continues, a channel reports.", {"fighting@Lisne"}},
      {"In Lisne, heavy fighting is ongoing.", {"fighting@Lisne"}},
      {"On the outskirts of Stavky, fierce battles continue.", {"fighting@Stavky"}},
      {"In Lisne, officials said the counteroffensive had stalled.", {}},
      {"In Lisne, the army withdrew.", {}},
      {"In Lisne, the fighting in the east feels distant.", {}},
      {"In Lisne, heavy fighting is expected to resume in the east, officials believe.", {}},
      {"In Lisne, clashes between protesters and police erupted.", {}},
      {"In Stavky, combat veterans gathered for a concert.", {}},
      {"In Stavky, fierce fighting continues in the east.", {}},
      // Not yet under full control: still disputed.
      {"But the town of Lisne is still not under full control of the army.", {"contested@Lisne"}},
      {"The city of Lisne is under full control of the army.", {"captured@Lisne"}},
      {"The hostilities took place near Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"The troops are doubling down on Zarichne.", {"fighting@Zarichne"}},
      {"Most of the assaults were concentrated near the town of Zarichne.", {"fighting@Zarichne"}},
      {"For a week the units have been pressuring Stavky with drones.", {"fighting@Stavky"}},
      {"The army has stepped up pressure on Lisne.", {"fighting@Lisne"}},
      {"The defenders are still present throughout the town of Lisne.", {"contested@Lisne"}},
      {"The units pushed along the Lisne-Stavky line and took the village of Zarichne.", {"captured@Zarichne"}},
      {"Officials are doubling down on claims that Zarichne will hold.", {}},
      {"Refugees pressed against the border fence near Zarichne.", {}},
      {"A tense situation persists on the roads around Zarichne after the snowfall.", {}},
      {"The agency said the units broke through the defenses in the hamlet of Lisne.",
       {"fighting@Lisne"}},
      {"Twice the units tried to approach Ukraine's positions near Lisne and Stavky, he said.",
       {"fighting@Lisne", "fighting@Stavky"}},
      // A participle used as an adjective is no trigger of its own.
      {"The defenders are pulling back from the besieged eastern city of Lisne.",
       {"withdrawal@Lisne", "fighting@Lisne"}},
      {"The first area to fall since the takeover of the nearby besieged Lisne last May.",
       {"captured@Lisne", "fighting@Lisne"}},
  }, kPlaces);
}

// Front-report phrasing: operations, assaults and break-through attempts
// over lists of villages, lines of advance, massing troops, headline
// predictions and spun synonyms of "fighting".
TEST_F(ClaimFinderTest, FrontReportsListsAxesAndMassing) {
  ExpectClaimKeys({
      {"The enemy conducted offensive operations in the areas of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Enemy troops made 17 assaults near the areas of Zarichne and Lisne yesterday.",
       {"fighting@Zarichne", "fighting@Lisne"}},
      // Names that resolve to nothing do not end the list.
      {"Assault groups keep trying to break through our defensive lines in the areas of Dubky, Olkhovo, Yasne, "
       "Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      // Lines of advance are no places fought over: the claims are about the
      // places attacked, and a list of lines names none.
      {"The enemy attacked near Lisne and Stavky in the Zarichne direction.", {"fighting@Lisne", "fighting@Stavky"}},
      {"The heaviest battles are currently taking place in the Zarichne and Lisne directions.", {}},
      {"Offensive moves by the invaders along the Zarichne, Lisne and Stavky axes came to nothing.", {}},
      {"Attempts to advance in the Zarichne-Lisne sector were stopped.", {}},
      {"In the Zarichne and Stavky directions, the occupiers stormed positions near Lisne.", {"fighting@Lisne"}},
      // Ground gained near a place, counterattacks and assaults near it, a ring around it.
      {"The enemy has made progress near Lisne and Stavky this week.", {"fighting@Lisne", "fighting@Stavky"}},
      {"Defenders report success east of Zarichne.", {"fighting@Zarichne"}},
      {"Enemy Counterattacks Fail Near Stavky", {"fighting@Stavky"}},
      {"Assaults went on all night around the village of Lisne.", {"fighting@Lisne"}},
      {"Counterattacks in the Donetsk region failed.", {}},
      {"Brigades keep tightening the encirclement around Zarichne.", {"fighting@Zarichne"}},
      // Lines of advance with a name the gazetteer lacks or a bracket in the list.
      {"The enemy stormed the Lisne and Hulyaipil directions.", {}},
      {"The enemy stormed the Lisne (the border area) and Stavky (south) directions.", {}},
      // Holding the enemy back near places; advancements into one.
      {"Our units held back the enemy in the area of Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"Footage shows troops have made advancements into the settlement of Zarichne.", {"fighting@Zarichne"}},
      // A tense situation in the areas of places is fighting there.
      {"The situation remains very tense in the areas of Lisne and Stavky, the officer said.",
       {"fighting@Lisne", "fighting@Stavky"}},
      // A trigger reaches past the lines of advance to the places.
      {"The invaders led fruitless offensive actions in Zarichne and Stavky directions in the areas of the villages "
       "of Lisne and Berezovo.",
       {"fighting@Lisne", "fighting@Berezove"}},
      // The line of advance is also one of the places attacked: that claim stays.
      {"In the Lisne direction, the enemy conducted offensive actions in the direction of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Forces focused their main efforts around the cities of Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"The army launched large-scale operations in three areas: Lisne, Stavky and Zarichne.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      {"Russia said its forces had advanced around Lisne.", {"fighting@Lisne"}},
      {"The enemy accumulates in the village of Lisne and tries to approach the village of Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Zarichne to be liberated once a small section is taken, he says.", {"prediction@Zarichne"}},
      {"On the same time, combating continues in Lisne, particularly within the city itself.", {"fighting@Lisne"}},
      {"Intense combating between the two forces continues within the village of Stavky.", {"fighting@Stavky"}},
      // Operations in a region carry no claim.
      {"The army launched operations in the Donetsk region.", {}},
      {"The army launched operations in the Donetsk region near Lisne.", {"fighting@Lisne"}},
      // A capture as the gerund subject of a modal is under discussion.
      {"For the army, taking control of Lisne (formerly Lysyi) would bring it closer to the river.", {}},
      {"Capturing Stavky could open the road north.", {}},
      {"Russian forces are capturing Stavky, officials said.", {"fighting@Stavky"}},
      {"The garrison was repelling attacks by enemy infantry near the towns of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Hostilities were reported near the towns of Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"Troops made gains near the city of Lisne, as well as near the cities of Stavky and Zarichne.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      {"Troops repelled five enemy attacks near the settlements of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Over the week the army improved their positions in the areas of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Troops had breached the defensive lines near Zarichne.", {"fighting@Zarichne"}},
      {"Russian forces are pushing closer to the strategic city of Stavky.", {"fighting@Stavky"}},
      // Fighting south of a place is fighting near it; a capture south of it is elsewhere.
      {"Ukrainian troops were advancing south of Lisne.", {"fighting@Lisne"}},
      {"Russian troops occupied a village south of Lisne.", {}},
      {"Troops advanced to the southeast of Lisne on Monday.", {}},
      // What a capture took lies near X: X only locates it; positions near X are fighting there.
      {"Russian forces captured another village near Lisne.", {}},
      {"Ukrainian forces entered near the town of Stavky.", {"fighting@Stavky"}},
      {"Troops captured positions near Stavky.", {"fighting@Stavky"}},
      {"Russian troops captured Stavky near Lisne.", {"captured@Stavky"}},
      // A withdrawal from a village near X left the village; one from the area near X left X's area.
      {"The brigade withdrew from the village of Stavky, near the town of Lisne.", {"withdrawal@Stavky"}},
      {"Army Withdraws From Village Near Lisne", {}},
      {"Troops were pulled back from areas around Stavky and Lisne.", {"withdrawal@Stavky", "withdrawal@Lisne"}},
      {"The command has begun to pull back its units from near Lisne.", {"withdrawal@Lisne"}},
      // Holding a place; holding areas of it is fighting there.
      {"Enemy troops are now occupying the villages of Lisne and Stavky, a monitoring group said.",
       {"captured@Lisne", "captured@Stavky"}},
      {"A map showed troops occupying areas in Lisne.", {"fighting@Lisne"}},
      // Where the institution that speaks sits is no claim.
      {"The Defense Ministry in Lisne earlier said its units had captured two more villages.", {}},
      // "<settlements> in X": X only says where they are.
      {"Both cities in Zarichne have been occupied since the first days.", {}},
      // A retreat to a place is no withdrawal from it.
      {"The Russian forces have retreated to Stavky, a town to the east.", {}},
      {"Ukrainian forces withdrew from Stavky.", {"withdrawal@Stavky"}},
      // Holding a place now is control of it.
      {"The governor named two villages he said were now held by Russian troops -- Lisne and Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      {"Lisne is held by Russian forces, the governor said.", {"captured@Lisne"}},
      {"The Russian army now controls Lisne and Stavky.", {"captured@Lisne", "captured@Stavky"}},
      {"Lisne is still held by Ukrainian forces.", {"contested@Lisne"}},
      {"Yesterday the heaviest fighting occurred near the settlements of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Additional skirmishes were reported near Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      // The side driven out, named in the trigger; a capture retaken; a
      // capture close to done is a prediction.
      {"Fighters drove Ukrainian troops out of Lisne.", {"captured@Lisne"}},
      {"Ukrainian forces have retaken the village of Lisne.", {"captured@Lisne"}},
      {"Reports claimed that Lisne was close to being fully captured.", {"prediction@Lisne"}},
      {"Russian forces dislodged Ukrainian troops from the strategic village of Lisne.", {"captured@Lisne"}},
      {"Only a few days remain before the complete liberation of Lisne.", {"prediction@Lisne"}},
      {"For weeks Lisne has been fiercely contested between Kyiv and Moscow's units.", {"contested@Lisne"}},
      // A capture in scare quotes, or a denied claim of capturing, is disputed.
      {"The information about the 'capture' of Lisne is another psychological operation.", {"contested@Lisne"}},
      {"Defence forces deny the Russian claim of capturing Lisne.", {"contested@Lisne"}},
      {"Russian forces are capturing Lisne, officials said.", {"fighting@Lisne"}},
      {"Russian forces pushed into the village of Lisne.", {"fighting@Lisne"}},
      {"Assaults persist in Lisne and Stavky, where defenders hold.", {"fighting@Lisne", "fighting@Stavky"}},
      {"The offensive has also intensified around Lisne.", {"fighting@Lisne"}},
      {"The army pulled its troops out of Lisne.", {"withdrawal@Lisne"}},
      // A count of settlements named in the next sentence.
      {"Russian troops liberated two villages. These are Lisne and Stavky.", {"captured@Lisne", "captured@Stavky"}},
      {"Troops retook a number of settlements near Zarichne. They include Lisne and Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      {"Russian troops liberated two villages. Officials in Lisne said nothing.", {}},
      {"Russian troops liberated two villages. Yesterday. These are Lisne and Stavky.", {}},
      // A quoted verb only quotes the speaker.
      {"The ministry said Russia had \u201cliberated\u201d the village of Lisne.", {"captured@Lisne"}},
      // A modal right before the capture looks ahead; one before "have", or
      // a hedge, does not.
      {"Russian troops may capture Lisne before the inauguration.", {"prediction@Lisne"}},
      {"Russian troops could take Lisne soon, he said.", {"prediction@Lisne"}},
      {"Russian troops may have captured Lisne.", {"captured@Lisne"}},
      {"Russian troops reportedly captured Lisne.", {"captured@Lisne"}},
      // A bare "fighting" reaches a place after "near" or "around" further on;
      // not one after "in" (where an official sits, a region).
      {"He said fighting has been heavy for days now around the town of Lisne.",
       {"fighting@Lisne"}},
      {"Fighting was heavy this week, officials in Lisne said.", {}},
      {"Heavy fighting still continues on the eastern outskirt of Stavky, a soldier said.", {"fighting@Stavky"}},
      // A retreat to the west of a place left it; to positions west of it, not.
      {"Ukrainian units withdrew west of the settlements of Lisne and Stavky overnight.",
       {"withdrawal@Lisne", "withdrawal@Stavky"}},
      {"The units withdrew to the west of Lisne.", {}},
      {"The units withdrew to positions west of Lisne.", {}},
      // Flags raised in a place, a place secured, a city a side controls.
      {"Videos show troops raising Ukrainian flags in Lisne and Stavky.", {"captured@Lisne", "captured@Stavky"}},
      {"The ministry claimed to have secured Lisne earlier in the week.", {"captured@Lisne"}},
      {"Troops secured the village of Lisne.", {"captured@Lisne"}},
      {"The president secured new air defence systems for Lisne.", {}},
      {"Officials in the Russia-controlled city of Lisne accused Ukraine of shelling a bus.", {"captured@Lisne"}},
      // Another name of an item in brackets does not end the list.
      {"Russian forces occupied three villages: Zarichne (Ozerne), Lisne and Stavky.",
       {"captured@Zarichne", "captured@Lisne", "captured@Stavky"}},
      {"Russian forces occupied Zarichne (formerly Ozerne), Lisne and Stavky.",
       {"captured@Zarichne", "captured@Lisne", "captured@Stavky"}},
      // A bracket with more than a name does.
      {"Russian forces occupied Zarichne (the officials said on Monday), while Lisne and Stavky held.",
       {"captured@Zarichne"}},
  }, kPlaces);
}

// "The village" is no town of 15,000 people or more: it stands for the
// village named before, not for the town named more recently.
TEST_F(ClaimFinderTest, VillageReferenceSkipsTowns) {
  const std::vector<PlaceSpec> places = {{"Lisne", "Lisne"}, {"Zarichne", "Zarichne", geo::PlaceKind::kSettlement, 60000}};
  const char* text =
      "Troops liberated Lisne on Monday. Lisne lies on the road to Zarichne. "
      "A brigade raised its banner in the west of the village, which was still under Ukrainian control.";
  Record r = Run(text, places);
  EXPECT_EQ(ClaimKeys(r), (std::vector<std::string>{"captured@Lisne", "contested@Lisne"})) << text;
  // The latest sentence's one settlement: "the city" may be the town, "the
  // village" may not.
  r = Run("Troops liberated Lisne on Monday. Zarichne was quiet. Fighting continues in the city.", places);
  EXPECT_EQ(ClaimKeys(r), (std::vector<std::string>{"captured@Lisne", "fighting@Zarichne"}));
  r = Run("Troops liberated Lisne on Monday. Zarichne was quiet. Fighting continues in the village.", places);
  EXPECT_EQ(ClaimKeys(r), (std::vector<std::string>{"captured@Lisne", "fighting@Lisne"}));
  // "The town" is no city of half a million or more.
  const std::vector<PlaceSpec> capital = {{"Lisne", "Lisne"},
                                          {"Stavky", "Stavky", geo::PlaceKind::kSettlement, 2900000}};
  r = Run("Troops left the town of Lisne. Units near Stavky were quiet. Russian forces took over the town on March 3.",
          capital);
  EXPECT_EQ(ClaimKeys(r), (std::vector<std::string>{"withdrawal@Lisne", "captured@Lisne"}));
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

// Lists a colon opens (in the sentence, or as bulleted lines after it),
// repelled attacks whose place follows "in the area of", and "put under
// control".
TEST_F(ClaimFinderTest, ColonListsBulletsRepelledAttacksAndPutUnderControl) {
  ExpectClaimKeys({
      {"Over the week the militia liberated four communities that had for many months been held by the Ukrainian "
       "army: Lisne, Stavky and Zarichne.",
       {"captured@Lisne", "captured@Stavky", "captured@Zarichne"}},
      // Without a settlement noun before it, a far colon opens no list of places.
      {"The brigade liberated a long stretch of the road that had been held by Ukrainian units for many months: "
       "Lisne lies ahead.",
       {}},
      {"The ministry said the following villages were liberated:\n\n\u2022 Lisne;\n\u2022 Stavky;\n\u2022 Zarichne.",
       {"captured@Lisne", "captured@Stavky", "captured@Zarichne"}},
      // Bullets after a line that announces no capture carry no claim.
      {"The following villages were visited by the governor:\n\n\u2022 Lisne;\n\u2022 Stavky.", {}},
      {"As fighting continues, the council of the city listed shelters:\n\n\u2022 School 5, Lisne;", {}},
      // A bulleted line's first name only.
      {"The ministry said the following villages were liberated:\n\n\u2022 Lisne (15 km from Stavky);", {"captured@Lisne"}},
      // A colon in another clause opens no list.
      {"The army liberated two villages this week, the ministry reported in its update: Lisne and Stavky were "
       "quiet overnight.",
       {}},
      {"The army repelled ten attacks by Ukrainian units in the areas of the villages of Lisne and Stavky, the "
       "ministry said.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"The battlegroup repelled six attacks by Ukrainian infantry in the area of the city of Zarichne.",
       {"fighting@Zarichne"}},
      // Repelled, but the place is not where: no "near" or "in the area of".
      {"The brigade repelled the attack and later moved to Lisne.", {}},
      {"Fighting went on for hours in the vicinity of Stavky.", {"fighting@Stavky"}},
      {"The grouping has now put under control the communities of Lisne, Stavky and Zarichne.",
       {"captured@Lisne", "captured@Stavky", "captured@Zarichne"}},
      {"The grouping continued its offensive and took under control the settlements of Lisne and Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      {"The settlements of Lisne and Stavky were also taken under control.", {"captured@Stavky", "captured@Lisne"}},
      // A report grouped by region: the list goes on past "<region>;".
      {"Defenders repelled attacks in the areas of the villages of Lisne, Donetsk region; Stavky and Zarichne.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      // Not past a semicolon that closes a clause.
      {"Troops took Lisne, Donetsk region; Stavky is calm.", {"captured@Lisne"}},
      // A nominal capture with a prediction marker after it.
      {"The fall of Lisne is only a matter of time, a columnist writes.", {"prediction@Lisne"}},
      {"The fall of Stavky is imminent.", {"prediction@Stavky"}},
  }, kPlaces);
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

// A denial of the claim, after the capture in its sentence or opening the
// next one, makes the place contested as well.
TEST_F(ClaimFinderTest, DenialOfTheClaimAfterwardsIsContested) {
  ExpectClaimKeys({
      {"His fighters had completed the capture of Lisne on May 2, but Kyiv rejected the claim.",
       {"captured@Lisne", "contested@Lisne"}},
      {"The ministry said its forces had captured Stavky. Ukraine's military denied the claim.",
       {"captured@Stavky", "contested@Stavky"}},
      {"Troops took Zarichne, but Kyiv denied it.", {"captured@Zarichne", "contested@Zarichne"}},
      // A clause the denial governs is no claim about the capture.
      {"Troops captured Stavky, and residents denied it was a surprise.", {"captured@Stavky"}},
      {"Troops captured Stavky. The ministry denied reports of civilian casualties.", {"captured@Stavky"}},
      {"Troops took Zarichne, but Kyiv denied this claim.", {"captured@Zarichne", "contested@Zarichne"}},
      // The sentence that reports the claim calls it false.
      {"Information that the troops gained control over the village of Lisne, spread by bloggers, is not true.",
       {"captured@Lisne", "contested@Lisne"}},
      {"Reports that the army captured Stavky are false, the governor said.", {"captured@Stavky", "contested@Stavky"}},
      {"Information that the army captured Stavky was confirmed.", {"captured@Stavky"}},
      {"The army captured Stavky, and the report is true.", {"captured@Stavky"}},
      {"Reports that the army captured Stavky were a shock, and the claim that the capital is safe is false.",
       {"captured@Stavky"}},
      {"Reports that the army captured Stavky came as the army said the shelling of the city is a lie.",
       {"captured@Stavky"}},
      {"Recent reports that the army captured Stavky are false.", {"captured@Stavky", "contested@Stavky"}},
      // Still held.
      {"The governor noted that Lisne remains under Ukraine's control.", {"contested@Lisne"}},
      {"The minister said the units \"have not lost a single position in Lisne\" that day.", {"contested@Lisne"}},
      {"No positions were lost near Stavky, the army said.", {"contested@Stavky"}},
  }, kPlaces);
  // The denial is not the capture's speaker's.
  Record r = Run("Ivan Dolin said his fighters had completed the capture of Lisne on May 2, but Kyiv rejected the claim.",
                 kPlaces);
  ASSERT_EQ(r.claims.size(), 2u);
  EXPECT_EQ(r.claims[0].speaker, "Ivan Dolin");
  EXPECT_EQ(r.claims[1].speaker, "");
  EXPECT_EQ(r.claims[1].modality, "denied");
}

// A capture noun a modal follows past where the place lies is no capture;
// a retreat to a town an adjective describes is to it, not from it.
TEST_F(ClaimFinderTest, ModalAfterALocatedNounAndDescribedDestinations) {
  ExpectClaimKeys({
      {"The expert emphasized that the liberation of Lisne in the Donetsk People's Republic (DPR) could serve as a "
       "turning point.",
       {}},
      {"The capture of Lisne in the region will allow troops to advance.", {}},
      {"The liberation of Lisne in the region last week opened the road.", {"captured@Lisne"}},
      {"Part of the command had withdrawn to the small town of Stavky, a few kilometres away.", {}},
      {"The troops withdrew from Lisne to the nearby village of Stavky.", {"withdrawal@Lisne"}},
  }, kPlaces);
}

// Words that only look like claims: an adjective "abandoned", a share of
// what a place owns, a capital forced to act, an attempt by its focus.
TEST_F(ClaimFinderTest, AbandonedHousesSharesOfPossessionsAndFocus) {
  ExpectClaimKeys({
      {"Raids in Lisne searched for saboteurs in the abandoned houses.", {}},
      {"Troops abandoned Lisne.", {"withdrawal@Lisne"}},
      {"About 80 percent of Lisne's energy infrastructure has been destroyed.", {}},
      {"About 80 percent of Lisne has been destroyed.", {"fighting@Lisne"}},
      {"The army is focused on capturing Stavky.", {"fighting@Stavky"}},
  }, kPlaces);
}

// A place back under control; a locator appositive before the verb; a
// participle's subject across its comma; an inverted copula; the next
// objective.
TEST_F(ClaimFinderTest, BackUnderControlLocatorsParticiplesInversionsAndObjectives) {
  ExpectClaimKeys({
      {"Lisne was back under Ukrainian control.", {"captured@Lisne"}},
      {"Lisne, west of Stavky, was back under Ukrainian control.", {"captured@Lisne"}},
      {"Lisne, 50 km from Stavky, has been liberated.", {"captured@Lisne"}},
      {"Russian forces continue their advances in the region, nearing the strategically important town of Lisne.",
       {"fighting@Lisne"}},
      {"The protesters, nearing the square in Lisne, shouted.", {}},
      {"Among the areas now fully under Russian control are the villages of Lisne and Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      {"The civilians of Lisne under Russian control are suffering.", {"captured@Lisne"}},
      {"The village of Lisne is believed to be the next objective.", {"prediction@Lisne"}},
      // Axes named in a list are lines of advance; a place secured by a side;
      // no enemy in a place.
      {"The occupiers attacked on six axes: Lisne, Stavky and Zarichne.", {}},
      {"The settlement of Lisne was reportedly secured by Russian forces.", {"captured@Lisne"}},
      {"There are no Russian troops in Lisne, the spokesman said.", {"contested@Lisne"}},
      // Counted settlements a dash lists; items that each name their
      // region; the advance of a side; strikes near places; a capture noun
      // as the subject of what it brought about.
      {"Russian forces have captured two settlements \u2014 Lisne and Stavky \u2014 in a week.",
       {"captured@Lisne", "captured@Stavky"}},
      {"The report named the captured settlements as Lisne in the southern Zarichne region, Stavky in "
       "Berezovo region, and Zarichne.",
       {"captured@Lisne", "captured@Stavky", "captured@Zarichne"}},
      {"Media reported the advance of Russian forces in Lisne.", {"fighting@Lisne"}},
      {"Aviation carried out strikes, in particular, near Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"The seizure of Lisne allows Russian forces to approach Stavky.", {"captured@Lisne", "fighting@Stavky"}},
      {"The seizure of Lisne would allow Russian forces to approach Stavky.", {"fighting@Stavky"}},
      // A possessor inside a relative clause; a village on a place's flank;
      // a plant named after a place.
      {"The village of Stavky which is one of Lisne's important suburbs is fully under control of the units.",
       {"captured@Stavky"}},
      {"His forces had recaptured an eastern village on the southern flank of Lisne.", {}},
      {"A point of contention remains the control of the Lisne Coke Plant.", {}},
      // A retreat from the territory surrounding places ("surrounding" after
      // its noun is a preposition); positions left in a fronted place; a
      // place ceded.
      {"Forces have withdrawn from the territory surrounding Lisne and Stavky villages.",
       {"withdrawal@Lisne", "withdrawal@Stavky"}},
      {"Russian troops are surrounding Lisne.", {"fighting@Lisne"}},
      {"In Lisne, the enemy has abandoned positions that were important.", {"withdrawal@Lisne"}},
      {"Russia ceded Lisne in November.", {"withdrawal@Lisne"}},
      // The hottest spots named before or after them.
      {"Lisne and Stavky remain the hottest spots.", {"fighting@Stavky", "fighting@Lisne"}},
      {"Lisne, Stavky and Zarichne remain the most intense fronts.",
       {"fighting@Zarichne", "fighting@Stavky", "fighting@Lisne"}},
      {"The hottest spots are Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
  }, kPlaces);
  // The country as a place is no side: "advances in eastern Ukraine".
  Record r = Run("Russian forces continue their advances in eastern Ukraine, nearing the town of Lisne.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "RU");
  r = Run("The Armed Forces of Ukraine liberated Lisne.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "UA");
  // "the Defense Forces": Ukraine's by their own name.
  r = Run("The Defense Forces liberated Lisne.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "UA");
  r = Run("The Russian Defense Forces captured Lisne.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "RU");
  // A side inside the trigger states the holder.
  r = Run("Lisne, a strategic target for Russia, remains under Ukrainian control.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "UA");
}

// The review's cases for this landing's rules: each held to its construction.
TEST_F(ClaimFinderTest, ReviewedSharesMeansDashesAndAdjectives) {
  ExpectClaimKeys({
      {"Russian commanders planned to cut the supply road by capturing Lisne.", {"fighting@Lisne"}},
      {"Russian troops tried to break through the line by capturing Lisne.", {"fighting@Lisne"}},
      {"Russian forces captured Stavky and 40 percent of Lisne.", {"captured@Stavky", "fighting@Lisne"}},
      {"Russian forces took 60 percent of the territory of Lisne.", {"fighting@Lisne"}},
      {"Russian troops captured Stavky as part of the push on Lisne.", {"captured@Stavky"}},
      {"Russian forces captured Stavky, most of which was destroyed.", {"captured@Stavky"}},
      {"Russian forces captured two villages \u2014 Lisne officials said fighting continues.", {}},
      {"Ukrainian troops that abandoned Lisne regrouped near Stavky.", {"withdrawal@Lisne"}},
      {"Lisne could be the next target of Russian missile strikes, officials warned.", {}},
  }, kPlaces);
  Record r = Run("Units of the Aerospace Defense Forces helped capture Lisne, the Russian ministry said.", kPlaces);
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].side, "RU");
}

// "the city administration", "the town council": an office, not the
// salient place ("the city administration in Kyiv said the capital held").
TEST_F(ClaimFinderTest, CityOfficeIsNoReference) {
  ExpectClaimKeys({
      {"Fighting raged in Lisne. The city administration in Kyiv said the capital remained under the control of "
       "Ukrainian forces.",
       {"fighting@Lisne"}},
      {"Fighting raged in Lisne. The city remained under the control of Ukrainian forces.",
       {"fighting@Lisne", "captured@Lisne"}},  // (a place of no country here: no home-side hold)
  }, kPlaces);
}

// A capture as the means of a past action; breakthroughs, gains and
// advances tried near a place further on; troops that reached its edge.
TEST_F(ClaimFinderTest, MeansBreakthroughsGainsAndTheEdgeReached) {
  ExpectClaimKeys({
      {"Troops broke through the first line of defence by capturing the village of Lisne.", {"captured@Lisne"}},
      {"Troops are breaking through the line by capturing Lisne.", {"fighting@Lisne"}},
      {"There was a rapid breakthrough of the assault units near the village of Stavky.", {"fighting@Stavky"}},
      {"The army made gains still farther north near Zarichne, a rail hub.", {"fighting@Zarichne"}},
      {"The army tried to advance three times near Lisne and Stavky over the past day.",
       {"fighting@Lisne", "fighting@Stavky"}},
      // The locative yields to the trigger its last word starts.
      {"The army continues to advance on Zarichne.", {"fighting@Zarichne"}},
      {"Our people made a big throw and went out to the suburbs of Lisne, he said.", {"fighting@Lisne"}},
      {"The troops have reached the outskirts of Stavky.", {"fighting@Stavky"}},
      {"Advanced air defence systems were sent to Lisne.", {}},
      {"Soldiers have broken through the defence near Lisne.", {"fighting@Lisne"}},
      {"The army continues its advance missions near Lisne and Stavky, analysts note.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Defenders continue to cling to their positions in and around Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      // A list closed by a count of unnamed settlements.
      {"Currently, Lisne, Stavky, Zarichne, and several other settlements have been liberated.",
       {"captured@Zarichne", "captured@Stavky", "captured@Lisne"}},
      {"Lisne, Stavky and two more villages were captured.", {"captured@Stavky", "captured@Lisne"}},
  }, kPlaces);
}

// The review's look-alikes of this session's rules: no claim, or the right one.
TEST_F(ClaimFinderTest, ReviewedLookalikesOfTheDayRules) {
  ExpectClaimKeys({
      // A dash after a place is a line of attack only in a report's directions.
      {"Ukraine repelled 11 attacks in the directions Lisne \u2013 Stavky.", {"fighting@Stavky"}},
      {"Heavy fighting is under way near Lisne \u2014 Stavky residents are leaving.", {"fighting@Lisne"}},
      // An insertion whose participle qualifies a noun of its own.
      {"Drones struck Lisne (captured Russian soldiers were held there) overnight.", {}},
      {"Troops in Lisne \u2013 occupied Stavky lies just across the river \u2013 are on alert.", {"captured@Stavky"}},
      // Roads blocked, a flag planted by supporters: no army.
      {"Roads were blocked in Lisne after the strike.", {}},
      {"Supporters planted a flag in Lisne.", {}},
      // The counted noun heads the subject.
      {"Fires broke out in several towns after the strikes but are now under control, including Lisne and Stavky.",
       {}},
      // "alleged" of something else.
      {"The alleged war crimes took place after Russian forces captured Lisne.", {"captured@Lisne"}},
      // The name after the comma is no renamed object when a noun follows it.
      {"Russian forces seized another village in the area, Lisne residents said.", {}},
      // A claim denied after a comma, not any report.
      {"Russian forces captured Lisne, and a report denied by the Kremlin said losses were high.", {"captured@Lisne"}},
      // A colon list's first item is an item.
      {"Russia says it captured a village near Lisne: Stavky officials deny it.", {}},
      // A demand's own infinitive only.
      {"He proposed a ceasefire after Russian forces had managed to seize Lisne.", {"captured@Lisne"}},
      {"Russian forces pressed on to capture Stavky.", {"captured@Stavky"}},
      // Past tenses after "once they".
      {"Once they withdrew from Lisne, Russian forces dug in on the left bank.", {"withdrawal@Lisne"}},
      // "can be explained" looks back.
      {"The fall of Lisne can be explained by ammunition shortages.", {"captured@Lisne"}},
      // A goal achieved.
      {"Russia achieved its goal of capturing Lisne, the minister said.", {"captured@Lisne"}},
      // A time phrase, then no list item.
      {"Russian troops captured Lisne last week, Stavky officials said.", {"captured@Lisne"}},
  }, kPlaces);
}

// Fighting that broke out or is under way; a front report's lines of attack
// "A — B" run from where the attackers stand to the place fought for;
// list items with their own times; insertions in dashes or brackets; aims;
// captures written about; colon lists; flags; blocked troops; demands;
// objects named after their noun; counted subjects with the names after;
// present tenses that look ahead; parts driven out of.
TEST_F(ClaimFinderTest, FightingUnderWayLinesOfAttackTimesAndInsertions) {
  ExpectClaimKeys({
      {"Fighting broke out in Lisne on Monday.", {"fighting@Lisne"}},
      {"Channels said fighting had broken out in the villages of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Street battles are taking place in Zarichne.", {"fighting@Zarichne"}},
      {"Heavy fighting erupted near Stavky overnight.", {"fighting@Stavky"}},
      {"The fighting that broke out last year is over.", {}},
      {"Units repelled 11 attacks, in particular in the directions Lisne — Stavky, Berezovo — Zarichne.",
       {"fighting@Stavky", "fighting@Zarichne"}},
      {"The enemy continues to attack in the directions Lisne - Stavky and Lisne - Zarichne.",
       {"fighting@Stavky", "fighting@Zarichne"}},
      {"Units repelled four attacks in the direction of Stavky.", {"fighting@Stavky"}},
      // A time phrase after a list item does not end the list.
      {"The town became exposed after the fall of Lisne in December 2023 and Stavky in February 2024.",
       {"captured@Lisne", "captured@Stavky"}},
      {"Russia seized Lisne on Monday and Stavky on Tuesday.", {"captured@Lisne", "captured@Stavky"}},
      {"The army liberated Lisne on May 12 and Stavky on May 13 in the Zarichne direction.",
       {"captured@Lisne", "captured@Stavky"}},
      {"Russia seized Lisne in 2023, Stavky in 2024 and Zarichne in 2025.",
       {"captured@Lisne", "captured@Stavky", "captured@Zarichne"}},
      {"Russia seized Lisne in May and moved on to Stavky.", {"captured@Lisne"}},
      // An insertion in dashes or brackets after the name, as after a comma.
      {"The road links Lisne \u2014 now under Russian occupation \u2014 to Stavky.", {"captured@Lisne"}},
      {"The road links Lisne (now under Russian occupation) to Stavky.", {"captured@Lisne"}},
      {"The road links Lisne (a railway hub) to Stavky.", {}},
      // A capture written about is reported as done.
      {"In the evening, an analytical project wrote about the capture of Stavky.", {"captured@Stavky"}},
      // A colon list after a noun a place locates.
      {"The ministry reported capturing four settlements near Zarichne over the past week: Lisne, Stavky, and "
       "Berezovo.",
       {"captured@Lisne", "captured@Stavky", "captured@Berezove"}},
      // A flag seen flying; troops blocked in a place.
      {"Photographs show their blue and yellow flag flying in Lisne, a nearby settlement.", {"captured@Lisne"}},
      {"The flag flying over Lisne is a symbol.", {}},
      {"Putin said that Ukrainian forces were blocked in Stavky and Lisne.", {"fighting@Stavky", "fighting@Lisne"}},
      // A demand is no claim; an order to withdraw is one.
      {"He called on the president to order troops to withdraw from Lisne.", {}},
      {"He urged Kyiv to withdraw its troops from Stavky.", {}},
      {"Kyiv ordered troops to withdraw from Stavky.", {"withdrawal@Stavky"}},
      {"The president asked the allies for weapons to retake Lisne.", {"fighting@Lisne"}},
      // The object named again after its noun ("another village, X").
      {"Its forces seized another village, Lisne.", {"captured@Lisne"}},
      {"Its forces had seized one more village in the region, Lisne.", {"captured@Lisne"}},
      {"Troops took another village, and Lisne was shelled.", {}},
      {"Moscow said its forces had seized another village in the region, Lisne, a claim denied by officials.",
       {"captured@Lisne", "contested@Lisne"}},
      {"The advance brought Russian forces closer to a third locality, Stavky, a logistics hub.", {"fighting@Stavky"}},
      // A plural settlement noun heads the subject; the names follow.
      {"Four villages in the region, the focal point of the push, were now under its control, including Lisne "
       "and Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      {"Three villages \u2013 Lisne, Stavky and Zarichne \u2013 were now under Moscow's control.",
       {"captured@Zarichne", "captured@Stavky", "captured@Lisne"}},
      // A name the gazetteer lacks closes the dash list too; a curly apostrophe.
      {"Three villages \u2013 Lisne, Stavky and Maslyakivka \u2013 were now under Moscow\u2019s control.",
       {"captured@Stavky", "captured@Lisne"}},
      // A present tense after "after we"/"once they" looks ahead.
      {"He said that after we liberate Lisne and Stavky, we will mop up the agglomeration.",
       {"prediction@Lisne", "prediction@Stavky"}},
      {"After we liberated Lisne, we moved on.", {"captured@Lisne"}},
      // A capture noun with "can" after it is hypothetical.
      {"Troops mop up the area, following which the full liberation of Lisne can be considered.", {}},
      // Driven out of a part of the place; the advance by a side.
      {"Russian forces have edged Ukrainian troops out of the refractory plant in Lisne.", {"fighting@Lisne"}},
      {"Defenders squeezed Russian forces out of the Kanal district in Stavky.", {"fighting@Stavky"}},
      {"Russian forces captured the Kanal district in Stavky.", {"fighting@Stavky"}},
      {"The advance by Russian forces in Lisne should be viewed with their successes elsewhere.", {"fighting@Lisne"}},
      // "recapturing" after a past clause; advances under way; evacuees.
      {"In September, Kyiv launched a successful counteroffensive, recapturing Lisne and its surroundings.",
       {"captured@Lisne"}},
      {"Troops are recapturing Lisne.", {"fighting@Lisne"}},
      {"He said that advances are underway in Stavky, another strategic city.", {"fighting@Stavky"}},
      {"Officials recommended that residents evacuate towards the regional capital of Lisne.", {}},
      // Troops that left a place (the simple past too).
      {"After the Ukrainian Defense Forces left Lisne, many expected the advance to halt.", {"withdrawal@Lisne"}},
      {"The strike left Lisne without power.", {}},
      // A region between the subject and its verb; a claim disputed; an
      // enemy pushed back near a place; a defeat inflicted there.
      {"The settlement of Lisne, Donetsk region, was completely liberated, the ministry said.", {"captured@Lisne"}},
      {"Stavky, in the Donetsk region, was liberated.", {"captured@Stavky"}},
      {"The settlement of Stavky, also in the Donetsk region, went under control of the Russian army.",
       {"captured@Stavky"}},
      {"Kiev disputed Moscow's claim, saying its troops pushed back Russian forces near the settlements of "
       "Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Kyiv disputed Moscow's claim on Monday.", {}},
      {"The disputed town of Lisne was shelled.", {"contested@Lisne"}},
      {"Units inflicted defeat on the manpower of three brigades in the areas of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"The army inflicted heavy losses on the enemy.", {}},
      // A line of defences pierced around a place; a share still held; a
      // capture dated by a time's possessive.
      {"Officials confirmed that Ukrainian forces had punched through a major line of Russian defenses around "
       "Lisne.",
       {"fighting@Lisne"}},
      {"The Ukrainians are still holding quite a bit of Stavky, a volunteer said.", {"contested@Stavky"}},
      {"Analysts warn of gains reminiscent of last year's capture of Lisne.", {"captured@Lisne"}},
      {"Next year's capture of Lisne is unlikely.", {}},
      // Fighting in a "where" clause is in the places before it.
      {"The city Lisne, where fierce fighting is taking place, was shelled.", {"fighting@Lisne"}},
      {"Officials fear a defeat in Lisne and Stavky, where forces are reportedly surrounded by Russian troops.",
       {"fighting@Stavky", "fighting@Lisne"}},
      {"Troops withdrew to the nearby settlement of Lisne, where intense combat operations are underway.",
       {"fighting@Lisne"}},
      {"Lisne, where the government sits, was quiet.", {}},
      // A front report's bearing, then the places fought at; its items
      // after semicolons.
      {"Positional battles continued northwest of Zarichne near Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Russian forces attacked northwest of Zarichne near the settlements of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Russian forces attacked northwest of Zarichne.", {"fighting@Zarichne"}},
      {"Battles were ongoing to the northwest of Zarichne near Lisne; near the Zarichne Coke plant in the "
       "northwest; and to the west of Zarichne near Stavky and Berezovo.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Berezove"}},
      {"Fighting continued near Lisne; near Stavky, the front was quiet.", {"fighting@Lisne"}},
      // Each item with a preposition or bearing of its own: the list goes on.
      {"Fighting continued near Lisne, near Stavky, and near Berezovo.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Berezove"}},
      {"Russian forces attacked northwest of Zarichne near Lisne, and south of Zarichne near Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Russian forces attacked near Lisne and in the areas of Stavky and Berezovo.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Berezove"}},
      {"Fighting continued near Lisne, near the border with Russia.", {"fighting@Lisne"}},
      {"Heavy fighting raged near Lisne, around Stavky residents sheltered in basements.", {"fighting@Lisne"}},
      {"Russian forces attacked near Lisne, near Stavky (northeast of Zarichne), and near Berezovo.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Berezove"}},
      {"Russian forces attacked near Lisne, north of Zarichne, and near Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      // (a place that only locates the one before: not after a bare name or "in")
      {"Russian forces attacked Lisne, near Zarichne, and Stavky, near Berezovo.", {"fighting@Lisne", "fighting@Stavky"}},
      {"Fighting continued in Lisne, near Zarichne.", {"fighting@Lisne"}},
      {"Russian forces attacked near Lisne in the Bakhmut direction, near Stavky in the Lyman direction residents "
       "were evacuated.",
       {"fighting@Lisne"}},
      // (past the direction that locates the item before, or after)
      {"The Defense Forces repulsed enemy attacks in Lisne area in Bakhmut direction, and in the areas of Stavky "
       "and Berezovo in Lyman direction.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Berezove"}},
      {"The Defense Forces repulsed enemy attacks near Lisne in the Bakhmut direction, near Stavky in the Lyman "
       "direction.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Russian forces captured Lisne, near Stavky.", {"captured@Lisne"}},
      // Attempts to block troops near a place; a defence kept there; troops
      // stationed in a place that withdrew; a denial "it is incorrect to claim".
      {"The Russians are trying to block units of the Defense Forces near Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"A block of flats near Lisne burned.", {}},
      {"Our fighters keep the defense in the area of Stavky.", {"fighting@Stavky", "contested@Stavky"}},
      {"Russian troops stationed in the village of Lisne, five kilometers east of Stavky, had withdrawn.",
       {"withdrawal@Lisne"}},
      {"He said that Lisne was fully controlled by Russian forces.", {"captured@Lisne"}},
      {"He said it was incorrect to claim that Lisne was fully controlled by Russian forces.", {"contested@Lisne"}},
      {"Half of Lisne lies in a contested area fully controlled by neither side.", {"contested@Lisne"}},
      // An aim is no attempt.
      {"Russia refocused its efforts after abandoning its initial aim of capturing Lisne.", {}},
      {"Russia's goal of taking Stavky remains unchanged.", {}},
      {"Troops attacked in a bid to capture Stavky.", {"fighting@Stavky"}},
      // More places counted after the list, then named: "including".
      {"Russian forces captured Lisne and two more villages including Stavky and Berezovo.",
       {"captured@Lisne", "captured@Stavky", "captured@Berezove"}},
      {"Troops withdrew from Lisne and several nearby villages, including Stavky.",
       {"withdrawal@Lisne", "withdrawal@Stavky"}},
      {"Russian forces captured Lisne and shelled several villages, including Stavky.", {"captured@Lisne"}},
      {"Russian forces captured Lisne, and several nearby villages, including Stavky, came under shelling.",
       {"captured@Lisne"}},
      {"Russian forces captured Lisne and several nearby villages, including Stavky and Zarichne residents were "
       "evacuated.",
       {"captured@Lisne"}},
      // Dashes that enclose a list are no lines of attack.
      {"Two villages – Lisne and Stavky – were captured.", {"captured@Stavky", "captured@Lisne"}},
  }, kPlaces);
}

TEST_F(ClaimFinderTest, CountedNamesRegionPossessivesDislodgingAndDashLists) {
  ExpectClaimKeys({
      // The names a count announces, after where the villages lie.
      {"Its troops had \u00abliberated\u00bb two villages in Ukraine's Donetsk region near the border \u2014 Lisne "
       "and Stavky \u2014 as well as one more.",
       {"captured@Lisne", "captured@Stavky"}},
      {"Troops liberated two villages near the border \u2014 Lisne and Stavky.", {"captured@Lisne", "captured@Stavky"}},
      {"Troops captured two border villages \u2014 Lisne and Stavky.", {"captured@Lisne", "captured@Stavky"}},
      {"Troops captured two villages near the border \u2014 Lisne officials said.", {}},
      {"Troops captured a village near the border \u2014 Lisne and Stavky were shelled.", {}},
      // A region in the possessive before a listed name only locates it.
      {"Fifteen attacks were repelled near Lisne and the Donetsk region's Stavky, he told.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Fifteen attacks were repelled near the Donetsk region's Stavky.", {"fighting@Stavky"}},
      // Attempts to dislodge defenders from their positions: fighting there.
      {"The invaders made 32 attempts to dislodge our defenders from their occupied positions in the areas of "
       "Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Russian troops dislodged our defenders from Lisne.", {"captured@Lisne"}},
      {"Two men were killed by guided aerial bomb attacks on the town of Lisne.", {}},
      // A list's head may end a longer clause; short dash lines are its items.
      {"Units liberated, established, and restored the state flag in three settlements of the district:\n\n- Lisne\n- "
       "Stavky\n- Zarichne\n\nTroops advanced.",
       {"captured@Lisne", "captured@Stavky", "captured@Zarichne"}},
      {"Troops captured Zarichne and then shelled the following villages:\n\n- Lisne\n- Stavky", {"captured@Zarichne"}},
      {"He described the villages:\n\n- Lisne is quiet, the army said after the battle there ended.", {}},
      // A held-places trigger whose list a colon opens.
      {"Currently, 3 settlements in the region are under Russian control: Lisne, Stavky and Zarichne.",
       {"captured@Lisne", "captured@Stavky", "captured@Zarichne"}},
      {"Lisne and Stavky are under Russian control: the army says so.", {"captured@Stavky", "captured@Lisne"}},
      // Events that have taken place; a nearby place taken; a goal renamed;
      // a forest near a place cleared.
      {"A series of battles and artillery duels have taken place around Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"A meeting has taken place in Lisne.", {}},
      {"Russia stepped up efforts to take nearby Lisne.", {"fighting@Lisne"}},
      {"Russian forces are advancing towards their next target, Stavky.", {"fighting@Stavky"}},
      {"Russian forces are advancing towards their next target, Stavky's mayor said.", {}},
      {"Units cleared a large forest area near Lisne of the enemy.", {"fighting@Lisne"}},
      // On the brink of a capture; a line between places as a retreat's destination.
      {"The advance brought it to the brink of capturing Lisne, an industrial hub.", {"prediction@Lisne"}},
      {"The army is on the brink of collapse near Lisne.", {}},
      {"The enemy is trying to push Ukrainian forces back to a new defensive line between Lisne and Stavky.", {}},
      {"Ukrainian forces withdrew from Zarichne to a new defensive line.", {"withdrawal@Zarichne"}},
      // A side's hands; grabbing; an assault at a place; positions in it.
      {"Settlements east of Zarichne \u2013 Lisne and Stavky \u2013 are in Russian hands.",
       {"captured@Stavky", "captured@Lisne"}},
      {"Lisne is in Ukrainian hands.", {"contested@Lisne"}},
      {"Lisne fell into Russian hands.", {"captured@Lisne"}},
      {"Russian soldiers grabbed Lisne last week.", {"captured@Lisne"}},
      {"A major Russian assault was also reported at Lisne, in the region.", {"fighting@Lisne"}},
      {"The attacks at night killed two in Lisne.", {}},
      {"The counteroffensive by Ukrainian troops in the Lisne area has caused gaps to form.", {"fighting@Lisne"}},
      {"The counteroffensive stalled, officials in Lisne said.", {}},
      {"Near Lisne, 38 assault brigades still hold their positions, an expert said.", {}},
      // A capture that opens a road took place, past where the place lies;
      // a place to be retaken; places that are where fighting is.
      {"The liberation of Lisne in the north of the Donetsk People\u2019s Republic (DPR) opens the road to Stavky.",
       {"captured@Lisne"}},
      {"The liberation of Lisne in the coming weeks opens the road.", {"prediction@Lisne"}},
      {"Officials said that Lisne would be retaken.", {"prediction@Lisne"}},
      {"Lisne and Stavky are where the most intense fighting is happening.", {"fighting@Stavky", "fighting@Lisne"}},
      {"Lisne is where the government sits.", {}},
      // A front report's items that name their front first; fights for
      // control; an opportunity to take a place is an attempt.
      {"The enemy attacked near Lisne, in the Zarichne direction \u2013 near Stavky and Berezovo, with the aim of "
       "restoring positions.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Berezove"}},
      {"The enemy attacked near Lisne; in the Zarichne direction \u2013 in the areas of Stavky, and in the Kyiv "
       "direction \u2013 near Berezovo.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Berezove"}},
      {"Fighting went on near Lisne; near Stavky, the front was quiet.", {"fighting@Lisne"}},
      {"Forces are still battling for control of Lisne and Stavky.",
       {"fighting@Lisne", "contested@Lisne", "fighting@Stavky", "contested@Stavky"}},
      {"Ukrainian forces are holding out in Lisne.", {"fighting@Lisne", "contested@Lisne"}},
      {"The forces have an opportunity to dislodge Ukrainian militants from Lisne.", {"fighting@Lisne"}},
      // A place that changed hands (denied: contested); partial success in
      // a place's area; a push deeper into lines near a place.
      {"Lisne has changed hands.", {"captured@Lisne"}},
      {"Ukraine denied that Lisne had changed hands.", {"contested@Lisne"}},
      {"The defence forces had partial success in the Lisne area during offensive operations.", {"fighting@Lisne"}},
      {"Its forces had pushed deeper into defensive lines near the village of Stavky.", {"fighting@Stavky"}},
      {"The success in Lisne was celebrated.", {}},
      // Places no longer controlled; a confrontation in places; gains in
      // the area around a place; a "where" clause past the place's region.
      {"He admitted that his forces no longer fully controlled either Lisne or Stavky.",
       {"contested@Lisne", "contested@Stavky"}},
      {"Russia controlled Lisne.", {"captured@Lisne"}},
      {"At least half of Lisne lies in a contested area fully controlled by neither side.", {"contested@Lisne"}},
      {"The Ukrainians moved past Russian forces after a confrontation in Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Forces made further gains in the area around the eastern city of Lisne.", {"fighting@Lisne"}},
      {"The city of Lisne in Donetsk region, where Russian troops began infiltrating in October, was shelled.",
       {"fighting@Lisne"}},
      // A capture "after" its participle, past an adverb; places held off
      // at; fighting around a hub; advances recorded in places.
      {"After successfully taking control of Lisne and advancing north, units defeated large forces.",
       {"captured@Lisne"}},
      {"Ukraine is also holding off Russia at Lisne, Stavky, and Zarichne.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      {"Troops are holding off the enemy.", {}},
      {"Fighting continues across the front, including around the strategic logistics hub of Lisne.",
       {"fighting@Lisne"}},
      {"The most notable advances have been recorded in the settlements of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
  }, kPlaces);
}

// Review of this landing's rules: lookalikes each rule must leave alone.
TEST_F(ClaimFinderTest, ReviewedLookalikesOfTheLandingsRules) {
  ExpectClaimKeys({
      {"Battles raged for weeks while the reserves waited at Lisne.", {}},
      {"Fighting continued near Lisne; near Stavky in the Zarichne direction the front was quiet.", {"fighting@Lisne"}},
      {"Fighting continued near Lisne; near Stavky, with no attacks reported, the front was quiet.", {"fighting@Lisne"}},
      {"Russian troops captured Lisne in February, and this is what people in nearby villages told us:\n- Stavky is "
       "next.",
       {"captured@Lisne"}},
      {"The capture of Lisne in a matter of days is expected.", {"prediction@Lisne"}},
      {"The key question in Lisne is where the fighting will spread next.", {}},
      {"Russian troops took the Donetsk region's Lisne.", {"captured@Lisne"}},
      {"Dozens of civilians from Lisne remain in Russian hands.", {}},
      {"Video of the blast grabbed Lisne's attention.", {}},
  }, kPlaces);
}

// Flags hoisted in villages; gains near places; what the fights are about;
// troops moved or regrouped from a place's area; a decision taken.
TEST_F(ClaimFinderTest, FlagsGainsAndRegrouping) {
  ExpectClaimKeys({
      {"Russian soldiers have hoisted Russia's tricolor flag in the villages of Lisne and Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      {"Russian forces have made operational gains in the south, particularly near Lisne, Stavky, and Zarichne.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      {"The gains were lost.", {}},
      {"The fights are about the villages of Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"Troops would be regrouped from the Lisne and Stavky areas to the Donetsk region.",
       {"withdrawal@Lisne", "withdrawal@Stavky"}},
      {"The decision to move troops from the Lisne area was taken to preserve lives.", {"withdrawal@Lisne"}},
      {"Lisne was taken.", {"captured@Lisne"}},
      // A flag raised atop a building in a place; places that fell to a
      // capital, named before a plural appositive.
      {"Russian forces raised their flag atop a building in Lisne, a town south of Zarichne.", {"captured@Lisne"}},
      {"The roads lead to Lisne and Stavky, two large cities that fell to Moscow in the summer.",
       {"captured@Stavky", "captured@Lisne"}},
      {"The roads lead to Lisne and Stavky, a city that fell to Moscow in the summer.", {"captured@Stavky"}},
      {"Officials said Lisne, a town that fell in the summer, was quiet.", {"captured@Lisne"}},
      // A village taken on the road to a place; a thing that fell down.
      {"Russia said it had captured another village on the road to the key garrison city of Lisne.", {}},
      {"The television tower in the city of Lisne broke in half and fell to the ground.", {}},
      {"Lisne fell to Russian forces.", {"captured@Lisne"}},
      {"Troops advanced in the southeast of Lisne.", {"fighting@Lisne"}},
      {"Troops were regrouped from the Lisne and Stavky areas to the Zarichne area.",
       {"withdrawal@Lisne", "withdrawal@Stavky"}},
      // A defence held in a place contests it too (not when it is hard to
      // hold); troops moved "to more advantageous positions" retreated.
      {"He confirmed that the Armed Forces are holding the defense in Lisne.", {"fighting@Lisne", "contested@Lisne"}},
      {"Troops are holding defensive lines near Stavky.", {"fighting@Stavky", "contested@Stavky"}},
      {"The forces had \"to move to more advantageous positions\" near the town of Lisne and the village of Stavky.",
       {"withdrawal@Lisne", "withdrawal@Stavky"}},
      // A false report's noun naming who spread it.
      {"Information disseminated by Russians that troops took Lisne is untrue.",
       {"captured@Lisne", "contested@Lisne"}},
      // An aim of breaking through to places is no fight there.
      {"Russia has been trying to take Lisne, with the aim of breaking through to the strongholds of Stavky and "
       "Zarichne.",
       {"fighting@Lisne"}},
      {"Fighters knocked Ukrainian militants out of their positions in Stavky.", {"fighting@Stavky"}},
  }, kPlaces);
}

// A fighting trigger's broad location (a compass area, a line of advance),
// a comma, then the places near which it goes on; fronted vicinities.
TEST_F(ClaimFinderTest, BroadLocationsNearPlacesAndFrontedVicinities) {
  ExpectClaimKeys({
      {"Intense battles are taking place in the south, near the villages of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Fierce fighting is under way in the Zarichne direction, near Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Fighting continues in Lisne, near the railway station.", {"fighting@Lisne"}},
      // Not past a clause that names no location.
      {"Intense battles are taking place, officials said, near the villages of Lisne and Stavky.", {}},
      // A fronted vicinity, also after a conjunction, reads as "Near X,".
      {"But in the vicinity of the village of Lisne, Russian forces advanced 10 km further.", {"fighting@Lisne"}},
      {"Close to Stavky, Russian troops attacked Ukrainian positions.", {"fighting@Stavky"}},
      {"But near Stavky, Russian forces advanced.", {"fighting@Stavky"}},
      {"In the vicinity of Stavky, officials said, residents fled.", {}},
      {"The villages of Lisne and Stavky are now under Russian military jurisdiction.",
       {"captured@Stavky", "captured@Lisne"}},
      // A list that goes on "as well as in several places near" more
      // places; "the settlements in" villages (a translation's "of").
      {"Russian forces continue to make offensive attempts in the area of Lisne, as well as in several places near "
       "Stavky and Zarichne.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      {"Its troops defeated Ukrainian troops near the settlements in Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      // A locator after a list's item, then the next item; a trigger's
      // preposition repeated after a time for more places.
      {"Russia said it had captured Lisne, to the northeast of Zarichne, and Stavky, to the south of Zarichne.",
       {"captured@Lisne", "captured@Stavky"}},
      {"Troops liberated the village of Lisne south of Zarichne and the village of Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      {"Troops captured Lisne near Zarichne and Stavky.", {"captured@Lisne"}},
      {"Troops recaptured Lisne, south of Zarichne, and Stavky came under heavy shelling.", {"captured@Lisne"}},
      {"Russian forces captured Lisne, west of Zarichne, Stavky officials said.", {"captured@Lisne"}},
      {"Troops withdrew from Lisne, and later, from Zarichne, a drone was launched at Stavky.", {"withdrawal@Lisne"}},
      {"Forces captured Lisne and Zarichne \u2013 and Stavky is now in range of their artillery.",
       {"captured@Lisne", "captured@Zarichne"}},
      {"Russian forces captured two villages in Lisne area.", {}},
      {"Satellite imagery captures Lisne in ruins.", {}},
      {"Troops had retreated from the village of Lisne near Zarichne, and on 27 February, from the village of Stavky.",
       {"withdrawal@Lisne", "withdrawal@Stavky"}},
      {"Troops withdrew from Lisne, and on Monday, from Zarichne officials heard nothing.", {"withdrawal@Lisne"}},
      // A line of places spaced dashes join after a plural settlement noun.
      {"Fighting rages near the settlements of Lisne \u2013 Stavky \u2013 Zarichne.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      // Counted names a dash closes, then more of the list.
      {"Forces have taken control of two more settlements \u2013 Lisne and Stavky \u2013 and the village of Zarichne.",
       {"captured@Lisne", "captured@Stavky", "captured@Zarichne"}},
      // A present-tense capture with its object right after it; not the noun.
      {"Russia captures the village of Lisne, the ministry says.", {"captured@Lisne"}},
      {"The army announced the village captures as officials planned a fight against Stavky.", {}},
  }, kPlaces);
}

TEST_F(ClaimFinderTest, StateFlagsDaysBeforeTheObjectAndPartialCaptures) {
  ExpectClaimKeys({
      // A state flag restored in a list of places, past coordinated verbs.
      {"Our units liberated, fixed and restored the state flag of Ukraine in Lisne, Stavky and Zarichne.",
       {"captured@Lisne", "captured@Stavky", "captured@Zarichne"}},
      // A day between a capture noun and its "of".
      {"The map shows the capture on Saturday of Lisne and Stavky.", {"captured@Lisne", "captured@Stavky"}},
      // A reduced relative after the places it describes.
      {"It lies north of Lisne and Stavky, two localities brought under Russian control last year.",
       {"captured@Stavky", "captured@Lisne"}},
      {"Ukraine reportedly took villages like Lisne and Stavky.", {"captured@Lisne", "captured@Stavky"}},
      // Fighting towards a goal; a place partly taken.
      {"Russian troops are fighting to reach the key hub of Stavky.", {"fighting@Stavky"}},
      {"Ahead of us is Stavky, which is already half taken by our troops.", {"fighting@Stavky"}},
      {"The army partially occupied the village of Lisne.", {"fighting@Lisne"}},
      // A bid to wrest control is an attempt.
      {"Russia launched a costly bid to wrest control of Lisne.", {"fighting@Lisne"}},
      // "on the outskirts of" after a place and its comma, or in an
      // appositive, only locates it.
      {"Ukrainian forces repelled all attacks near Lisne, on the outskirts of Zarichne.", {"fighting@Lisne"}},
      {"Ukrainian forces repelled attacks near Lisne, a town on the outskirts of Zarichne.", {"fighting@Lisne"}},
      {"Russian troops reached the outskirts of Zarichne.", {"fighting@Zarichne"}},
      // Troops that entered but were pushed back: the place is contested too.
      {"Russian forces entered the town of Lisne for the first time but were pushed back.",
       {"fighting@Lisne", "contested@Lisne"}},
      {"Russian forces entered Lisne but shelling continued.", {"fighting@Lisne"}},
      {"Russian troops entered Lisne but repelled a Ukrainian counterattack.", {"fighting@Lisne"}},
      // Claims questioned, reports not confirmed.
      {"Kyiv has questioned Russia's claims of capturing Lisne.", {"contested@Lisne"}},
      {"Moscow's claims from April 21 that Lisne had been taken completely remain unconfirmed.",
       {"captured@Lisne", "contested@Lisne"}},
      {"Reports that Russian troops captured Lisne have not been confirmed.", {"captured@Lisne", "contested@Lisne"}},
      {"Reports that Russian troops captured Lisne have been confirmed.", {"captured@Lisne"}},
  }, kPlaces);
}

TEST_F(ClaimFinderTest, FrontReportItemsLinesAndTenseSituations) {
  ExpectClaimKeys({
      // ", including in" after repelled assaults; not strikes from the air.
      {"Our units repelled 11 enemy assaults, including in Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"Russia said it repelled drone and missile attacks in the west, including in Lisne.", {}},
      // Positions attacked, then where; "A itself, B and C".
      {"The enemy tried to attack our positions 42 times in the area of Zarichne itself, Lisne, and Stavky.",
       {"fighting@Zarichne", "fighting@Lisne", "fighting@Stavky"}},
      // A front report's items a bearing and a dash open; "west of the city near".
      {"Russian forces attacked near Zarichne; northwest \u2014 near Lisne; north \u2014 near Stavky.",
       {"fighting@Zarichne", "fighting@Lisne", "fighting@Stavky"}},
      {"ISW reported attacks on Zarichne itself, west of the city near Lisne; north \u2014 near Stavky.",
       {"fighting@Zarichne", "fighting@Lisne", "fighting@Stavky"}},
      // Battles along a line; a tense situation near places; troops inside;
      // fighting that goes on for a place.
      {"Now there are battles on the line Lisne, Stavky, Zarichne.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      {"The situation is also tense in the Zarichne direction near Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Russian forces are inside Lisne.", {"fighting@Lisne"}},
      {"Apart from that, in his words, fighting goes on for Stavky.", {"fighting@Stavky"}},
      // A part of the first place, then a later one with its own noun, taken whole.
      {"Russia took the eastern part of Lisne and the settlement of Stavky.",
       {"contested@Lisne", "fighting@Lisne", "captured@Stavky"}},
      {"Russia took the eastern part of Lisne and Stavky.",
       {"contested@Lisne", "fighting@Lisne", "contested@Stavky", "fighting@Stavky"}},
      {"He is throwing forces to capture the village of Lisne, as well as the villages of Stavky and Zarichne.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      // A relative clause between a named subject and its verb.
      {"The village of Lisne, which was previously controlled by Ukrainian forces, has been occupied by Russian troops.",
       {"captured@Lisne"}},
      // A plain verb in a clause of time or condition looks ahead; the noun reports.
      {"A breakthrough could occur after the Ukrainian defenders liberate Lisne.", {}},
      {"The occupiers turned north after the capture of Lisne last year.", {"captured@Lisne"}},
      // A place that locates the one taken; fallen into a side's hands;
      // defenders that go on resisting.
      {"Officials say a town near Lisne has been recaptured.", {}},
      {"Stavky near Lisne has been recaptured.", {"captured@Stavky"}},
      {"The town of Lisne has not fallen into Russian hands, despite ongoing battles.", {"contested@Lisne"}},
      {"Ukrainian forces continue to resist Russian troops in the city of Lisne.", {"contested@Lisne"}},
      // A trigger closing a relative clause takes the place the clause is about.
      {"Russia said it captured Stavky, near the town of Lisne which its troops are trying to encircle.",
       {"captured@Stavky", "fighting@Lisne"}},
      // Forces located on the outskirts are there; a village located there lies there.
      {"Ukrainian forces were located on the outskirts of Lisne.", {"fighting@Lisne"}},
      {"The village of Stavky, located on the outskirts of Lisne, was shelled.", {}},
      // De-occupation; a list whose items carry their dates ("by October 9").
      {"Soldiers were able to deoccupy Lisne by September 24, Stavky by October 9, and Zarichne by October 11.",
       {"captured@Lisne", "captured@Stavky", "captured@Zarichne"}},
      // The side pushed out between the verb and "from".
      {"Russian forces had pushed out Kyiv's army from Lisne and Stavky.", {"captured@Lisne", "captured@Stavky"}},
      // A list item's bracketed locator; "in several areas, including";
      // fighting focused on a place.
      {"Russian troops conducted offensive actions near Lisne (13 km northeast of Zarichne) and Stavky (10 km "
       "south of Zarichne).",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Ukrainian forces continued offensive operations in several areas, including Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Particularly heavy fighting is focused on the village of Lisne.", {"fighting@Lisne"}},
      // Information about troops controlling a place, called untrue after a
      // short opening phrase.
      {"At present, the information about the occupiers controlling Lisne is not true, he said.",
       {"captured@Lisne", "contested@Lisne"}},
  }, kPlaces);
}

// Temporary occupation; battles fought in places; the enemy held back in
// them; attacks that were near them; a retreat told as an organised
// manoeuvre; abandoning a place (not the strongholds after a pull-back).
TEST_F(ClaimFinderTest, OccupationFoughtInHeldBackManoeuvresAndAbandoning) {
  ExpectClaimKeys({
      {"Lisne and Stavky are under temporary occupation.", {"captured@Stavky", "captured@Lisne"}},
      {"Heavy battles continue to be fought in the villages of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"Our units continue to hold back the enemy in Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"Two more attacks were near Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"The brigade carried out an organized maneuver near the settlements of Lisne and Stavky.",
       {"withdrawal@Lisne", "withdrawal@Stavky"}},
      {"Moscow admitted it was abandoning Lisne.", {"withdrawal@Lisne"}},
      {"The rebels pulled back to the city of Lisne, abandoning several strongholds in the region.", {}},
      // A flag flying over a place; the flag of a country raised on a
      // building in it; troops gathered near it.
      {"Ukraine's flag was flying over the village of Lisne.", {"captured@Lisne"}},
      {"Soldiers raised the flag of the Russian Federation on the council building in Lisne.", {"captured@Lisne"}},
      {"The Russians are gathering troops near Lisne.", {"fighting@Lisne"}},
      // Weapons from afar that attacked a place struck it: no fight there
      // (helicopters carry troops).
      {"Russian drones attacked Lisne overnight.", {}},
      {"Today airstrikes attacked Lisne.", {}},
      {"Russian troops attacked Lisne on Monday.", {"fighting@Lisne"}},
      {"Russian helicopters attacked the airfield in Lisne.", {"fighting@Lisne"}},
      // (Not weapons that only support the troops; not "those" that are no
      // people hurt.)
      {"Russian assault groups supported by artillery attacked Lisne from the east.", {"fighting@Lisne"}},
      {"Russian drones also attacked Lisne overnight.", {}},
      {"Russian forces attacked Lisne again and those units lost dozens killed.", {"fighting@Lisne"}},
      // A relative clause without its pronoun in an appositive; not (yet)
      // taken; "close to" in commas locates the subject; "total control".
      {"Stavky lies west of Lisne, a factory town Russia captured in February.", {"captured@Lisne"}},
      {"Lisne, a town Russian forces captured in February, is quiet.", {"captured@Lisne"}},
      {"They still have not taken Lisne.", {"contested@Lisne"}},
      {"Lisne and Stavky, close to Zarichne, are not under the total control of Russian forces.",
       {"contested@Stavky", "contested@Lisne"}},
      // A capital's channels, a side one has the upper hand over; those
      // killed in an attack on a place.
      {"The reports have been disputed by pro-war Kyiv channels.", {}},
      {"Its forces have had the upper hand over Kyiv on the battlefield for months.", {}},
      {"June 30 is a day of mourning for those killed in the enemy attack on Lisne, the governor said.", {}},
      // A translation's word order; news "about" a capture reports it.
      {"It became known about the liberation from the occupiers of the village of Lisne.", {"captured@Lisne"}},
      {"The liberation from the occupiers of Lisne is the army's aim.", {}},
      // Given up to the other side's control; a place secured; a surrender.
      {"Lisne and Stavky have now been relinquished to Russian control.", {"captured@Stavky", "captured@Lisne"}},
      {"The village of Lisne was secured as a result of offensive actions, Moscow said.", {"captured@Lisne"}},
      {"Less than a week after the surrender of the bastion town of Lisne, the army withdrew.", {"captured@Lisne"}},
      // An assault with its attacker between it and its target.
      {"The Armed Forces again repulsed the assault by the Russian military on Lisne.", {"fighting@Lisne"}},
      // Clashes that occurred over a place; offensives against places.
      {"One of the most intense clashes occurred over the strategic town of Lisne.", {"fighting@Lisne"}},
      {"Russia launched simultaneous offensives against the towns of Lisne and Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      // An aim is no capture: "the enemy's priority is the capture of X".
      {"Zelensky stated that the enemy's current priority is the capture of Lisne.", {"fighting@Lisne"}},
      // The situation near a place named before its state.
      {"The situation near Lisne remains difficult as well, he added.", {"fighting@Lisne"}},
      {"The situation in and around Lisne remains tense.", {"fighting@Lisne"}},
      {"Lisne remains difficult to reach.", {}},
      // An approximate distance in commas locates the subject.
      {"Stavky, some 120 kilometers south-east of regional capital Lisne, was captured by Russia in April.",
       {"captured@Stavky"}},
      // People or materiel taken near a place take no place; a place
      // retaken or occupied in the past perfect.
      {"In Lisne civilians captured and disarmed Russian soldiers.", {}},
      {"Ukrainian troops captured two Russian tanks in Lisne.", {}},
      {"Ukrainian troops captured more than 40 enemy servicemen near Stavky.", {}},
      {"Ukrainian troops captured Lisne and two tanks.", {"captured@Lisne"}},
      {"Ukrainian troops captured the soldiers' dormitory in Lisne.", {"captured@Lisne"}},
      {"Russian troops captured positions near Lisne.", {"fighting@Lisne"}},
      {"Ukrainian forces have cleared Russian soldiers from the village of Lisne.", {"captured@Lisne"}},
      {"The village of Lisne had been retaken by Ukrainian forces.", {"captured@Lisne"}},
      // A list item located by a border.
      {"Troops pushed the enemy out of three villages: Lisne, near the administrative border with Donetsk region, "
       "as well as Stavky and Zarichne.",
       {"captured@Lisne", "captured@Stavky", "captured@Zarichne"}},
      {"The ministry said Stavky had been occupied since March.", {"captured@Stavky"}},
      // Control not (yet) taken; a capture in a matter of time.
      {"Russia has not taken full control of Lisne.", {"contested@Lisne"}},
      {"Russian troops failed to take full control of Lisne.", {"contested@Lisne", "fighting@Lisne"}},
      // (not an assessment, nor a hold lost)
      {"Analysts say Russia cannot capture Lisne.", {"contested@Lisne"}},
      {"Ukrainian forces could not keep control of Lisne.", {"contested@Lisne"}},
      {"It is only a matter of time before Russian troops capture Lisne.", {"prediction@Lisne"}},
      // A bearing from a town, then the village fought in.
      {"The report adds that fighting persists south of Lisne in the nearby village of Stavky.", {"fighting@Stavky"}},
      // Strikes on civilians in a town are no fight there.
      {"Russian troops carried out airstrikes against civilian infrastructure in the Lisne and Stavky areas.", {}},
      {"Russian troops carried out airstrikes in the Lisne area.", {"fighting@Lisne"}},
      // The places of a list before "areas".
      {"Ukrainian troops repelled Russian attacks in the Lisne, Stavky, and Zarichne areas.",
       {"fighting@Lisne", "fighting@Stavky", "fighting@Zarichne"}},
      // Posts left.
      {"Russian forces have left their current positions in Lisne and Stavky.", {"withdrawal@Lisne", "withdrawal@Stavky"}},
      {"Three deputy ministers have left their posts in Lisne this week.", {}},
      {"Russian forces have left their current posts in Lisne and Stavky.", {"withdrawal@Lisne", "withdrawal@Stavky"}},
  }, kPlaces);
}

TEST_F(ClaimFinderTest, LossesSituationsGoalsAlliesAndPockets) {
  ExpectClaimKeys({
      // A place lost (denied: contested); lives or contact lost are no place.
      {"Lisne was lost in May.", {"captured@Lisne"}},
      {"Kyiv denied that Lisne had been lost.", {"contested@Lisne"}},
      {"Russia said it seized Lisne, though Ukraine denied the key settlement had been lost.",
       {"captured@Lisne", "contested@Lisne"}},
      {"Many lives were lost in Lisne.", {}},
      {"Contact with the unit was lost near Lisne.", {}},
      // The state of a situation named after its place.
      {"Situation in Lisne difficult but controlled.", {"fighting@Lisne"}},
      // An attack's goal.
      {"The main thrusts of the attack were aimed at Lisne and the village of Stavky.",
       {"fighting@Lisne", "fighting@Stavky"}},
      {"The strikes were aimed at Lisne.", {}},
      // Fighting on a side's behalf is no fight in its capital.
      {"Volunteer units are fighting in support of Kyiv.", {}},
      {"Fighting in Lisne continues.", {"fighting@Lisne"}},
      // A fight for control however phrased (open: contested too); a
      // thrust near a place; a pocket near one; fighting that goes on for
      // one; an advance on both sides of one.
      {"Fierce fighting was underway for control of Lisne.", {"fighting@Lisne", "contested@Lisne"}},
      {"Russian forces made a sudden thrust into eastern Ukraine near the village of Lisne.", {"fighting@Lisne"}},
      {"The troops trapped the brigade in cauldrons around Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"Fighting also continues for Lisne.", {"fighting@Lisne"}},
      {"The forces prioritized an advance east and west of Lisne.", {"fighting@Lisne"}},
      // A superlative situation; positions stormed; troops a side has in a
      // place; defences breaking in one; a capture the other side denies,
      // set off after it.
      {"The situation was the hottest near Lisne.", {"fighting@Lisne"}},
      {"Russian troops tried to storm the Ukrainian positions near the village of Lisne.", {"fighting@Lisne"}},
      {"Russia claims to have troops in the border town of Lisne.", {"fighting@Lisne"}},
      {"The report described the fracturing of defenses in Lisne and Stavky.", {"fighting@Lisne", "fighting@Stavky"}},
      {"The minister said his troops seized Lisne, a claim denied by Kyiv.", {"captured@Lisne", "contested@Lisne"}},
      {"The minister said his troops seized Lisne \u2013 a claim immediately denied by Kyiv.",
       {"captured@Lisne", "contested@Lisne"}},
      {"The minister said his troops seized Lisne - a report later denied by Kyiv.", {"captured@Lisne", "contested@Lisne"}},
      {"The minister said his troops seized Lisne, an assertion swiftly denied by Kyiv.",
       {"captured@Lisne", "contested@Lisne"}},
      // A denial that says the fight goes on: fighting at the place too.
      {"Moscow says its troops have seized Lisne but Kyiv has denied this, saying fighting continues.",
       {"captured@Lisne", "contested@Lisne", "fighting@Lisne"}},
      {"Moscow says its troops have seized Lisne but Kyiv has denied this, saying fighting continues near Stavky.",
       {"captured@Lisne", "fighting@Stavky", "contested@Lisne"}},
      // A counter-claim that the fight goes on disputes the capture too.
      {"Russia claimed to have taken Lisne, a key hub, though Kyiv contends that combat in the area is still ongoing.",
       {"captured@Lisne", "contested@Lisne", "fighting@Lisne"}},
      {"Russia said it captured Lisne, but Ukrainian officials say fighting continues.",
       {"captured@Lisne", "contested@Lisne", "fighting@Lisne"}},
      {"Russia said it captured Lisne, but Ukrainian officials say fighting continues near Stavky.",
       {"captured@Lisne", "fighting@Stavky"}},
      {"Russia said it captured Lisne, though officials say the fighting season is over.", {"captured@Lisne"}},
      {"Russia said it captured Lisne, but a Ukrainian commander told the BBC that fighting continues in the town.",
       {"captured@Lisne", "fighting@Lisne", "contested@Lisne"}},
      {"Russia claimed to have taken Lisne, but Kyiv says fighting continues in Lisne.",
       {"captured@Lisne", "fighting@Lisne", "contested@Lisne"}},
      // (Review: fighting elsewhere, later, or the claimer's own addendum.)
      {"Russian troops captured Lisne last year, though analysts say fighting continues elsewhere along the front.",
       {"captured@Lisne"}},
      {"Russia said it captured Lisne, but officials say fighting continues to rage across the region.",
       {"captured@Lisne"}},
      {"Russia captured Lisne, but the president says hostilities will continue as long as the occupation continues.",
       {"captured@Lisne"}},
      {"The ministry said its forces had captured Lisne, but said fighting continues.", {"captured@Lisne"}},
      {"Russia said it captured Lisne, but fighting continues elsewhere, officials say.", {"captured@Lisne"}},
      // (Review: what these rules must not read.)
      {"Lisne's power supply was lost after the strike.", {}},
      {"The massive attack was aimed at Lisne and Stavky, officials said, as missiles hit power plants.", {}},
      {"The unit responsible for control of the airspace over Lisne was reorganised.", {}},
      {"Russia has had troops in Lisne since the 18th century.", {}},
      {"Foreign soldiers are fighting alongside Russian troops near Lisne.", {"fighting@Lisne"}},
      {"The mayor was thrust into the role of wartime leader in Lisne.", {}},
      {"The humanitarian situation in Lisne has worsened.", {}},
      {"The humanitarian situation is the most critical in the area of Lisne.", {}},
      {"The humanitarian situation in Lisne is difficult.", {}},
      // A situation named before its state, then the state.
      {"The situation near the village of Lisne was one of the most difficult.", {"fighting@Lisne"}},
      {"The situation near Lisne is difficult.", {"fighting@Lisne"}},
      // People captured, not the place they were captured in.
      {"Three soldiers were allegedly captured as prisoners of war in the town of Lisne.", {}},
      {"Two fighters were taken prisoner near Lisne.", {}},
      {"Russian forces bear down on Lisne from the north.", {"fighting@Lisne"}},
      // The counted villages named later: "the villages in question are ...".
      {"Russian forces captured two border villages, the paper said. The governor denied it. The army said the "
       "push goes on. According to the paper's sources, the villages in question are Lisne and Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      {"Russian forces captured two border villages. According to the sources, the villages are Lisne and Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      {"Russian forces captured two border villages. Officials spoke. Then more. The villages are Lisne and Stavky.",
       {}},
      {"Russian forces captured two villages. The two villages are Lisne and Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      {"Russian forces captured one village. Officials confirmed it. The village in question is Lisne.", {"captured@Lisne"}},
      {"Russia claimed its troops \"liberated\" two villages. The villages in question are Lisne and Stavky.",
       {"captured@Lisne", "captured@Stavky"}},
      // (Review: no list right after the verb, a nearer count of other
      // villages, a count of something else.)
      {"Russia said it had taken three villages. The villages in question are near Lisne and Stavky.", {}},
      {"Russia said it had taken three villages. The villages in question are not Lisne or Stavky, as reported.", {}},
      {"Russia claimed two more villages. Authorities ordered the evacuation of five villages. The villages in "
       "question are Lisne and Stavky.",
       {}},
      {"Russian forces captured three soldiers from villages near the border. The villages in question are Lisne and "
       "Stavky.",
       {}},
      {"Troops attacked overnight, overrunning Ukrainian positions around Lisne.", {}},
      {"Ukraine refused to send reinforcements into Lisne, fearing encirclement.", {}},
      {"Russia is sending troops into Belarus for exercises near Lisne.", {}},
      {"Russia is sending more troops into Lisne.", {"fighting@Lisne"}},
      {"Air defense units repelled enemy attacks in Lisne overnight, downing 40 drones.", {}},
      {"Ukraine's air defense repelled a massive attack in Lisne overnight.", {}},
      {"Putin demanded \"full control\" over Lisne.", {}},
      {"Militias crossed the border, overrunning the village of Lisne and sending units into the town of Stavky.",
       {"captured@Lisne", "fighting@Stavky"}},
      {"The army is sending reinforcements into Lisne.", {"fighting@Lisne"}},
      {"The Defense Forces repulsed enemy attacks in Lisne area in the Bakhmut direction.", {"fighting@Lisne"}},
      {"Ukrainian forces repelled drone attacks in Lisne.", {}},
      // Scare quotes inside a trigger phrase.
      {"Moscow also claimed \u201Cfull control\u201D over Lisne.", {"captured@Lisne"}},
      {"Russian forces \"took control\" of Lisne.", {"captured@Lisne"}},
      {"Russian forces \"took\" the \"control\" room near Lisne.", {}},
      {"The battle lines in Lisne are now the two banks of the river.", {"fighting@Lisne"}},
      {"Russian forces foiled Ukrainian attacks west of Lisne.", {"fighting@Lisne"}},
      {"Ukrainian forces thwarted a Russian attack west of Lisne.", {"fighting@Lisne"}},
      {"Police foiled an attempt to smuggle weapons near Lisne.", {}},
      {"Winter is bearing down on Lisne as strikes knock out power.", {}},
      {"Schools close to the front line in Lisne have moved online.", {}},
      {"Russian troops have reached the city limits of Lisne.", {"fighting@Lisne"}},
      {"The political situation in Lisne is tense after the scandal.", {}},
      {"The situation in Lisne's hospitals is difficult.", {}},
      {"The situation on the roads near Lisne is difficult because of snow.", {}},
      {"The situation in and around Lisne is difficult.", {"fighting@Lisne"}},
      {"Russian forces have captured the region's second-largest town, Lisne.", {"captured@Lisne"}},
      {"Russian forces have been attacking the region near Lisne for months.", {"fighting@Lisne"}},
      // A region as the object: the place after it is not.
      {"Moscow's attempt to retake the province comes as allies debate how to support Lisne.", {}},
      {"Russia said it shot down drones over Lisne, a claim denied by Kyiv.", {}},
  }, kPlaces);
}

// SentenceHolds(t, s, off) answers t.SentenceAt(off) == s for every byte
// and sentence, the spaces and line breaks between sentences included.
TEST_F(ClaimFinderTest, SentenceHoldsAgreesWithSentenceAt) {
  for (const char* text : {"Troops took Lisne. Stavky fell.\n\nKyiv denied it!  \"Zarichne held,\" he said.",
                           "One sentence only", "", "A.\nB.\n"}) {
    analyzer_->Analyze(text, &t_);
    for (size_t s = 0; s < t_.sentences.size(); ++s) {
      for (uint32_t off = 0; off <= t_.text.size() + 1; ++off) {
        EXPECT_EQ(SentenceHolds(t_, s, off), t_.SentenceAt(off) == static_cast<int>(s))
            << text << " sentence " << s << " byte " << off;
      }
    }
  }
}

}  // namespace
}  // namespace sitrep::extract
