// Each disambiguation signal and guard of the Resolver, on sentences written
// for the test and a small world with invented villages.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "geo_test_world.h"

namespace sitrep::geo {
namespace {

using testing::BuildWorld;
using testing::GeoNamesRow;
using testing::LatOf;
using testing::NameOf;
using testing::PlaceOf;
using testing::ResolveText;

class ResolverTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string gn =
        GeoNamesRow("1", "Kramatorsk", "Kramatorsk,Краматорск", 48.72, 37.56, "PPLA2", "05", 150000) +
        GeoNamesRow("2", "Toretsk", "Dzerzhinsk,Dzerzhynsk,Дзержинск", 48.39, 37.85, "PPL", "05", 40000) +
        GeoNamesRow("3", "Vovchansk", "Volchansk,Волчанск", 50.29, 36.94, "PPL", "07", 19000) +
        GeoNamesRow("4", "Pobeda", "Pobeda,Victory", 47.00, 33.00, "PPL", "13", 900) +
        // One town recorded twice by GeoNames, 200 m apart.
        GeoNamesRow("5", "Kurakhove", "Kurakhovo,Курахово", 47.9844, 37.2791, "PPL", "05", 18000) +
        GeoNamesRow("6", "Kurakhovo", "Kurakhovo", 47.9852, 37.2821, "PPL", "05", 20000) +
        // Towns named like two villages that lie 1.5 km apart (below).
        GeoNamesRow("7", "Pryluky", "Pryluky,Прилуки", 50.59, 32.39, "PPL", "13", 55000) +
        GeoNamesRow("8", "Varvarivka", "Varvarivka,Варваровка", 48.90, 33.50, "PPL", "13", 5000) +
        // Oblast centres, named like their regions.
        GeoNamesRow("10", "Donetsk", "Donetsk,Донецк", 48.023, 37.802, "PPLA", "05", 900000) +
        GeoNamesRow("11", "Kharkiv", "Kharkiv,Kharkov,Харьков", 49.982, 36.251, "PPLA", "07", 1400000) +
        GeoNamesRow("12", "Luhansk", "Luhansk,Lugansk,Louchansk,Луганск", 48.567, 39.317, "PPLA", "14", 400000) +
        GeoNamesRow("13", "Lysychansk", "Lysychansk,Lisichansk,Лисичанск", 48.907, 38.436, "PPL", "14", 95000) +
        GeoNamesRow("14", "Kyiv", "Kyiv,Kiev,Киев", 50.454, 30.524, "PPLC", "12", 2900000) +
        // A town whose old names include a village's name (below).
        GeoNamesRow("15", "Myrnohrad", "Dymytrov,Hrodivka,Мирноград", 48.3056, 37.2678, "PPL", "05", 49000) +
        // A town far from the front, named like a village of it (below).
        GeoNamesRow("17", "Karlivka", "Karlivka,Карловка", 49.4556, 35.1267, "PPL", "13", 14470) +
        // A town still called by its old name, which a village bears too.
        GeoNamesRow("16", "Lyman", "Krasnyy Liman,Krasny Liman,Лиман", 48.9891, 37.8022, "PPL", "05", 20000) +
        // A town 100 km from the village of that name near Kupiansk (below).
        GeoNamesRow("18", "Lozova", "Lozova,Лозовая", 48.8866, 36.3153, "PPL", "07", 54000) +
        GeoNamesRow("19", "Kupiansk", "Kupiansk,Kupyansk,Купянск", 49.7112, 37.6130, "PPL", "07", 27000) +
        // A Crimean village whose Russian name is one letter longer than the
        // Russian name of a town of the Zaporizhzhia region.
        GeoNamesRow("20", "Orikhove", "Orekhovo,Орехово", 45.1307, 33.6272, "PPL", "11", 3000) +
        GeoNamesRow("21", "Orikhiv", "Orekhov,Орехов", 47.5666, 35.7859, "PPL", "26", 14000) +
        // A town whose Russian name an adjective is two edits from.
        GeoNamesRow("23", "Vasylivka", "Vasilevka,Васильевка", 47.4362, 35.2853, "PPL", "26", 12500) +
        // A city still called by its old name, which its region keeps.
        GeoNamesRow("22", "Dnipro", "Dnipropetrovsk,Днепропетровск", 48.4581, 35.0423, "PPLA", "04", 980000) +
        // A town across the border, in Russia's Kursk region.
        GeoNamesRow("9", "Sudzha", "Sudzha,Суджа", 51.1976, 35.2726, "PPL", "41", 5500, "RU") +
        // Raion centres whose raions hold the two Dachne (below).
        GeoNamesRow("24", "Synelnykove", "Sinelnikovo,Синельниково", 48.3178, 35.5119, "PPL", "04", 30000) +
        GeoNamesRow("25", "Pavlohrad", "Pavlograd,Павлоград", 48.5167, 35.8667, "PPL", "04", 100000) +
        GeoNamesRow("26", "Cherkasy", "Cherkassy,Черкассы", 49.4444, 32.0598, "PPLA", "01", 270000) +
        // A Russian city named like a given name.
        GeoNamesRow("27", "Vladimir", "Vladimir,Владимир", 56.1366, 40.3966, "PPLA", "83", 350000, "RU") +
        // A town of 10,000 far from the front, named like a hamlet near Kramatorsk (below).
        GeoNamesRow("28", "Ivankiv", "Ivankiv,Иванков", 50.9397, 29.8915, "PPL", "13", 10170);
    std::string st =
        "pcode\tname_en\tname_uk\tlat\tlon\toblast_en\traion_en\n"
        "UA1412001001\tKramatorsk\tКраматорськ\t48.73199\t37.58247\tDonetska\tKramatorskyi\n"
        "UA1402011001\tToretsk\tТорецьк\t48.39818\t37.85253\tDonetska\tBakhmutskyi\n"
        // Two Malynivka: one 14 km east of Kramatorsk, one far south.
        "UA1412013006\tMalynivka\tМалинівка\t48.73794\t37.77695\tDonetska\tKramatorskyi\n"
        "UA1414007009\tMalynivka\tМалинівка\t47.16877\t37.22615\tDonetska\tMariupolskyi\n"
        // Three Kalynove around an Ocheretyne (invented layout).
        "UA1416019001\tOcheretyne\tОчеретине\t48.24330\t37.61209\tDonetska\tPokrovskyi\n"
        "UA1412005006\tKalynove\tКалинове\t48.29522\t37.63628\tDonetska\tKramatorskyi\n"
        "UA1416017006\tKalynove\tКалинове\t48.13775\t37.43289\tDonetska\tPokrovskyi\n"
        "UA1408001013\tKalynove\tКалинове\t47.75563\t38.69437\tDonetska\tDonetskyi\n"
        "UA1402011030\tChasiv Yar\tЧасів Яр\t48.58686\t37.83470\tDonetska\tBakhmutskyi\n"
        // A two-word name, and a village named like its second word alone.
        "UA1414000010\tVelyka Novosilka\tВелика Новосілка\t47.84000\t36.83000\tDonetska\tVolnovaskyi\n"
        "UA2300000010\tNovoselka\tНовоселка\t47.46000\t35.00000\tZaporizka\tZaporizkyi\n"
        // data/geo/exonyms.tsv gives it its English name, New York.
        "UA1402011005\tNiu-York\tНью-Йорк\t48.33099\t37.83239\tDonetska\tBakhmutskyi\n"
        // 8 km from the southern Malynivka (invented coordinates).
        "UA1414007001\tManhush\tМангуш\t47.10000\t37.25000\tDonetska\tMariupolskyi\n"
        // 17 km from the third Kalynove, far from the others.
        "UA1408001020\tZoriane\tЗоряне\t47.90000\t38.60000\tDonetska\tDonetskyi\n"
        // Same name in two oblasts, no population known.
        "UA1402011012\tValentynivka\tВалентинівка\t48.31644\t37.75752\tDonetska\tBakhmutskyi\n"
        "UA3200000001\tValentynivka\tВалентинівка\t50.10000\t30.10000\tKyivska\tBilotserkivskyi\n"
        "UA6300000001\tLypove\tЛипове\t49.50000\t36.10000\tKharkivska\tChuhuivskyi\n"
        // A village named like the second word of a village's name far
        // away whose first word is a city's misspelt (Cherkasy).
        "UA5304003054\tTyshky\tТишки\t50.11765\t33.11921\tPoltavska\tLubenskyi\n"
        "UA6312029008\tCherkaski Tyshky\tЧеркаські Тишки\t50.11961\t36.41383\tKharkivska\tKharkivskyi\n"
        "UA3222000001\tIvankiv\tІванків\t50.93969\t29.89154\tKyivska\tVyshhorodskyi\n"
        "UA1412000077\tIvankiv\tІванків\t48.75000\t37.70000\tDonetska\tKramatorskyi\n"
        // A village named like the first word of a village's name far away.
        "UA4606009001\tDavydiv\tДавидів\t49.74716\t24.13883\tLvivska\tLvivskyi\n"
        "UA6502005012\tDavydiv Brid\tДавидів Брід\t47.23731\t33.19261\tKhersonska\tBeryslavskyi\n"
        // A village whose one word is the first word of another's name.
        "UA7408019022\tNova\tНова\t50.86832\t32.91996\tChernihivska\tPrylutskyi\n"
        "UA1206001008\tNova Sich\tНова Січ\t47.61236\t33.78483\tDnipropetrovska\tKryvorizkyi\n"
        // 25 km from Nova: a misspelling of its name is supported by Nova.
        "UA7408017025\tSorochyntsi\tСорочинці\t50.68798\t32.33030\tChernihivska\tPrylutskyi\n"
        // Two villages 1.5 km apart, each named like a town far away.
        "UA2310000101\tPryluky\tПрилуки\t47.75344\t36.17715\tZaporizka\tPolohivskyi\n"
        "UA2310000102\tVarvarivka\tВарварівка\t47.74040\t36.19248\tZaporizka\tPolohivskyi\n"
        // A one-word name a hyphen splits in Russian-style copy ("Gulyai-Polye").
        "UA2310007001\tHuliaipole\tГуляйполе\t47.66458\t36.25626\tZaporizka\tPolohivskyi\n"
        // A village whose two-word name is the one-word town's split in two.
        "UA6312017010\tGuliai Pole\tГуляй Поле\t49.62750\t36.02133\tKharkivska\tKharkivskyi\n"
        "UA1416015002\tKrasnyi Lyman\tКрасний Лиман\t48.34117\t37.23935\tDonetska\tPokrovskyi\n"
        "UA1416009001\tKarlivka\tКарлівка\t48.11137\t37.49412\tDonetska\tPokrovskyi\n"
        "UA1416005001\tHrodivka\tГродівка\t48.25954\t37.37489\tDonetska\tPokrovskyi\n"
        // Two Dachne: one 44 km from Dnipro, one 34 km from Kurakhove.
        "UA1212005003\tDachne\tДачне\t48.51151\t35.64405\tDnipropetrovska\tPavlohradskyi\n"
        "UA1214000003\tDachne\tДачне\t48.04198\t36.83059\tDnipropetrovska\tSynelnykivskyi\n"
        // Russian "Progress", an English word (data/geo/stopwords.txt).
        "UA1416005024\tProhres\tПрогрес\t48.24518\t37.49212\tDonetska\tPokrovskyi\n"
        "UA1214001001\tSynelnykove\tСинельникове\t48.31780\t35.51190\tDnipropetrovska\tSynelnykivskyi\n"
        "UA1212001001\tPavlohrad\tПавлоград\t48.51670\t35.86670\tDnipropetrovska\tPavlohradskyi\n"
        // A village of the Luhansk region named like the town of Lyman.
        "UA4406001011\tLyman\tЛиман\t48.66414\t39.25356\tLuhanska\tLuhanskyi\n"
        // A village named like a Ukrainian adjective ("steppe").
        "UA1412013099\tStepove\tСтепове\t48.80000\t37.50000\tDonetska\tKramatorskyi\n"
        "UA6304005019\tLozova\tЛозова\t49.46742\t37.80377\tKharkivska\tIziumskyi\n"
        // A city that is an oblast-level unit: the list gives the unit's centroid.
        "UA8000000000\tKyiv\tКиїв\t50.42981\t30.55438\tKyiv\tKyiv\n";
    world_ = BuildWorld(gn, st).release();
  }
  static void TearDownTestSuite() { delete world_; }
  static Gazetteer* world_;
};
Gazetteer* ResolverTest::world_ = nullptr;

TEST_F(ResolverTest, MergesSettlementWithItsGeoNamesTwin) {
  auto r = ResolveText(*world_, "Shelling was reported in Dzerzhinsk overnight.");
  const ResolvedPlace* p = PlaceOf(r, "Dzerzhinsk");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Toretsk");          // official name from the settlement list
  EXPECT_EQ(p->code, "UA1402011001");     // its place code
  EXPECT_EQ(p->admin1, "Donetsk");        // "Donetska" without the adjective ending
  EXPECT_EQ(p->admin2, "Bakhmutskyi");
}

TEST_F(ResolverTest, MergedEntryKeepsTheListPoint) {
  auto r = ResolveText(*world_, "Troops moved from Kramatorsk to Kyiv.");
  const ResolvedPlace* k = PlaceOf(r, "Kramatorsk");
  ASSERT_NE(k, nullptr);
  EXPECT_NEAR(k->lat, 48.73199, 1e-5);  // the settlement list's point
  // Also for a city that is an oblast-level unit: the list's point (the
  // unit's centroid), the reference gold takes coordinates from.
  const ResolvedPlace* c = PlaceOf(r, "Kyiv");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "UA8000000000");
  EXPECT_NEAR(c->lat, 50.42981, 1e-5);
  EXPECT_NEAR(c->lon, 30.55438, 1e-5);
}

TEST_F(ResolverTest, MergesGeoNamesDuplicates) {
  int64_t k = world_->FindKey("kurakhovo");
  ASSERT_GE(k, 0);
  EXPECT_EQ(world_->postings(k).size(), 1u);
}

// Each text resolves `surface` to the entry at latitude `lat`.
void ExpectLatitude(const Gazetteer& g, std::initializer_list<const char*> texts, const char* surface, double lat) {
  for (const char* text : texts) {
    auto r = ResolveText(g, text);
    const ResolvedPlace* p = PlaceOf(r, surface);
    ASSERT_NE(p, nullptr) << text;
    EXPECT_NEAR(p->lat, lat, 1e-4) << text;
  }
}

TEST_F(ResolverTest, DistanceRelationPicksTheVillageAtThatDistance) {
  ExpectLatitude(*world_,
                 {"Troops advanced toward Malinovka, about 15 kilometres from Kramatorsk.",
                  "Strikes hit Manhush on Monday. Malinovka sits 15 kilometers (9 miles) east of the big old "
                  "front-line town of Kramatorsk."},
                 "Malinovka", 48.73794);
  // The unit said once for two distances: the village far from the town named.
  ExpectLatitude(*world_, {"Malinovka lies about 40 kilometers from the coast and about 175 from Kramatorsk."},
                 "Malinovka", 47.16877);
}

// "The town of X": a namesake of a town's size over a hamlet the text's
// other places lie near.
TEST_F(ResolverTest, TownNounPrefersATownSizedNamesake) {
  ExpectLatitude(*world_, {"Shelling hit Kramatorsk. Units entered the key road town of Ivankiv on Friday."},
                 "Ivankiv", 50.93969);
  ExpectLatitude(*world_, {"Shelling hit Kramatorsk. Units entered the village of Ivankiv on Friday."}, "Ivankiv",
                 48.75);
}

TEST_F(ResolverTest, BearingRelationsPickTheVillageBetweenTwoPlaces) {
  auto r = ResolveText(*world_, "The village of Kalinovo lies north of Ocheretino and southwest of Dzerzhinsk.");
  const ResolvedPlace* p = PlaceOf(r, "Kalinovo");
  ASSERT_NE(p, nullptr);
  EXPECT_NEAR(p->lat, 48.29522, 1e-4);
}

// A General Staff report names the front sector, then the villages on it.
TEST_F(ResolverTest, FrontSectorLocatesTheVillagesOfItsSentenceAndTheNext) {
  ExpectLatitude(*world_,
                 {"Strikes hit Manhush on Monday. In the Kramatorsk direction, fighting went on near Malynivka.",
                  "Strikes hit Manhush on Monday. In the Kramatorsk direction, two attacks failed. "
                  "Fighting went on near Malynivka."},
                 "Malynivka", 48.73794);
  // A settlement's "area" or "region" is such a sector.
  ExpectLatitude(*world_,
                 {"Strikes hit Manhush on Monday. Near the Kramatorsk area, units fought at Malynivka.",
                  "Strikes hit Manhush on Monday. The army expanded its bridgehead in the Kramatorsk region and "
                  "fought at Malynivka."},
                 "Malynivka", 48.73794);
  // So is a settlement's "front".
  ExpectLatitude(*world_, {"Strikes hit Manhush on Monday. On the Kramatorsk front, units took Malynivka."}, "Malynivka",
                 48.73794);
  // The town a front is named after is no subject of a bearing after it:
  // the assaults lie north of Kalynove, not Ocheretyne.
  ExpectLatitude(*world_, {"In the Ocheretyne direction, assaults failed north of Kalynove."}, "Kalynove", 48.29522);
  // Without the sector, the village near the other place named (with
  // both named, 8 and 14 km away, the one the front ran through: see
  // ConflictRaionDecidesBetweenNamesakesTheTextLeavesApart).
  const ResolvedPlace* p = nullptr;
  auto r = ResolveText(*world_, "Strikes hit Manhush on Monday. Fighting went on near Malynivka.");
  ASSERT_NE(p = PlaceOf(r, "Malynivka"), nullptr);
  EXPECT_NEAR(p->lat, 47.16877, 1e-4);
}

TEST_F(ResolverTest, NearRelation) {
  for (const char* text : {"Fighting continued in Kalynove near Ocheretyne.",
                           "Fighting continued in Kalynove, close to the hilltop town of Ocheretyne.",
                           "Fighting continued in Kalynove near the strategic industrial town of Ocheretyne."}) {
    auto r = ResolveText(*world_, text);
    const ResolvedPlace* p = PlaceOf(r, "Kalynove");
    ASSERT_NE(p, nullptr) << text;
    EXPECT_LT(DistanceKm(p->lat, p->lon, 48.2433, 37.61209), 15) << text;
  }
}

// A namesake far from the place a text puts it near is not meant, whatever
// its size: the village of Lozova 30 km from Kupiansk, not the town of
// Lozova 100 km away.
TEST_F(ResolverTest, NearRelationRulesOutFarNamesakes) {
  for (const char* text : {"On Friday troops took Lozova, near the town of Kupiansk.",
                           "Troops took Lozova near Kupiansk."}) {
    auto r = ResolveText(*world_, text);
    const ResolvedPlace* p = PlaceOf(r, "Lozova");
    ASSERT_NE(p, nullptr) << text;
    EXPECT_NEAR(p->lat, 49.46742, 1e-4) << text;
  }
  auto r = ResolveText(*world_, "Troops had taken control of Lozova on Friday.");
  const ResolvedPlace* p = PlaceOf(r, "Lozova");
  ASSERT_NE(p, nullptr);
  EXPECT_NEAR(p->lat, 48.8866, 1e-4);  // without the relation, the town
  // Not the anchor's namesakes: a subject misread (the region named like
  // its capital's old name) leaves the anchor to the other signals.
  r = ResolveText(*world_, "Troops moved from Kurakhove and entered Dnipropetrovsk close to the village of Dachne.");
  ASSERT_NE(p = PlaceOf(r, "Dachne"), nullptr);
  EXPECT_NEAR(p->lat, 48.04198, 1e-4);
}

// A region stated right after a spelling that names no place there: the
// region's settlements within an edit or two are candidates ("Orekhovo":
// a Crimean village's Russian name, one letter from Orikhiv's "Orekhov").
TEST_F(ResolverTest, RegionStatedAfterAMisspelling) {
  EXPECT_EQ(NameOf(*world_, "Troops repelled an attack near Orekhovo, Zaporizhzhia Region.", "Orekhovo"), "Orikhiv");
  EXPECT_EQ(NameOf(*world_, "Troops repelled an attack near Orekhovo in the Zaporozhye region.", "Orekhovo"),
            "Orikhiv");
  EXPECT_EQ(NameOf(*world_, "Troops repelled an attack near Orekhovo.", "Orekhovo"), "Orikhove");
  EXPECT_EQ(NameOf(*world_, "Troops repelled an attack near Orekhovo, Crimea.", "Orekhovo"), "Orikhove");
}

TEST_F(ResolverTest, RegionNamedInTheDocument) {
  auto r = ResolveText(*world_, "Officials of the DPR said Valentinovka was taken.");
  const ResolvedPlace* p = PlaceOf(r, "Valentinovka");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->admin1, "Donetsk");
  r = ResolveText(*world_, "Officials of the Kiev region said Valentinovka was quiet.");
  p = PlaceOf(r, "Valentinovka");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->admin1, "Kyiv");
}

// With two regions named, the one stated right after a mention decides it:
// the admin1 Valentinovka resolves to in each text.
TEST_F(ResolverTest, RegionStatedAfterTheMention) {
  struct Case {
    const char* text;
    const char* admin1;
  } cases[] = {
      {"Officials of the DPR said that, as units near Kramatorsk held, a unit took Valentinovka in the Kiev region.",
       "Kyiv"},
      // Words that qualify the region may stand between "in the" and its name.
      {"Officials of the DPR said a unit took Valentinovka in the northern Kiev region.", "Kyiv"},
      {"Officials of the DPR said a unit took Valentinovka in the north-western Kiev region.", "Kyiv"},
      {"Officials of the DPR said a unit took Valentinovka in the neighbouring Kiev region.", "Kyiv"},
      // So does one named in the clause a colon closes before the list.
      {"Officials of the DPR said settlements of the Kiev region were liberated: Lypove, Valentinovka and "
       "Kramatorsk.",
       "Kyiv"},
      // Nor does an appositive settlement noun.
      {"Officials of the DPR said residents of Valentinovka, a village in the Kiev region, fled.", "Kyiv"},
      // Nor do words that say where it lies ("located just inside").
      {"Officials of the DPR said the village of Valentinovka, located just inside the Kiev region, fell.", "Kyiv"},
      {"Officials of the DPR said Valentinovka, situated within the Kiev region, fell.", "Kyiv"},
      // Not any adjective: a region in another phrase does not locate the mention.
      {"Officials of the DPR said a unit took Valentinovka in the big old Kiev region.", "Donetsk"},
      // A region stated after a list locates every item of it.
      {"Officials of the DPR said units struck the areas of Lypove, Valentinovka and Kramatorsk in the Kiev region.",
       "Kyiv"},
      // The region a country's possessive introduces ("in Ukraine's X region").
      {"Officials of the DPR said a unit took Valentinovka in Ukraine's Kiev region.", "Kyiv"},
      {"Officials of the DPR said units struck the areas of Lypove, Valentinovka and Kramatorsk in Ukraine\u2019s "
       "Kiev region.",
       "Kyiv"},
      {"Officials of the Kiev region said Valentinovka (DPR) was taken.", "Donetsk"},
      // A region in the possessive right before the mention locates it too.
      {"Officials of the DPR said a unit took the Kiev region's Valentinovka.", "Kyiv"},
      {"Officials of the DPR said a unit took Kiev region\u2019s Valentinovka.", "Kyiv"},
      {"Officials of the DPR said the Kiev region's governor fled Valentinovka.", "Donetsk"},
      // A region fronted before its clause, for a list or a single name.
      {"Officials of the DPR said troops advanced in the Kiev region - in the areas of Lypove and Valentinovka.",
       "Kyiv"},
      {"Officials of the DPR said that in the Kiev region, troops took Valentinovka.", "Kyiv"},
      // ... or with no break, up to a capture verb.
      {"Officials of the DPR said his forces in the Kiev region had liberated Valentinovka.", "Kyiv"},
      // Not in a speaker's appositive, nor without a clause break.
      {"Officials of the DPR, an official in the Kiev region, insisted that Valentinovka held.", "Donetsk"},
      {"Officials of the DPR said troops in the Kiev region shelled Valentinovka.", "Donetsk"},
  };
  for (const Case& c : cases) {
    auto r = ResolveText(*world_, c.text);
    const ResolvedPlace* p = PlaceOf(r, "Valentinovka");
    ASSERT_NE(p, nullptr) << c.text;
    EXPECT_EQ(p->admin1, c.admin1) << c.text;
  }
}

// Villages in a report on a region abroad: the ones the gazetteer lacks
// are not its Ukrainian namesakes.
TEST_F(ResolverTest, VillagesAbroad) {
  // Listed with a town abroad, far from it: that country's village; a
  // name between the items that resolved to nothing is one too.
  auto r = ResolveText(*world_,
                       "Fighting went on in the Kursk region. Skirmishes were reported near Malinovka, Gorno-Darino "
                       "and Sudzha.");
  ASSERT_NE(PlaceOf(r, "Sudzha"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Sudzha")->admin1, "Kursk");
  for (const char* surface : {"Malinovka", "Gorno-Darino"}) {
    const ResolvedPlace* p = PlaceOf(r, surface);
    ASSERT_NE(p, nullptr) << surface;
    EXPECT_FALSE(p->has_coords) << surface;
    EXPECT_EQ(p->admin1, "Kursk") << surface;
  }
  // Not in a report that names no region abroad, nor a village a region
  // stated after it locates.
  r = ResolveText(*world_, "Drones struck Sudzha and Lypove overnight.");
  ASSERT_NE(PlaceOf(r, "Lypove"), nullptr);
  EXPECT_TRUE(PlaceOf(r, "Lypove")->has_coords);
  r = ResolveText(*world_, "Fighting went on in the Kursk region. Drones struck Sudzha and Lypove in the Kharkiv region.");
  ASSERT_NE(PlaceOf(r, "Lypove"), nullptr);
  EXPECT_TRUE(PlaceOf(r, "Lypove")->has_coords);
  // A far-off village in a report on a region abroad.
  r = ResolveText(*world_, "Fighting was reported in the Kursk region. Troops attacked in the direction of Lypove.");
  ASSERT_NE(PlaceOf(r, "Lypove"), nullptr);
  EXPECT_FALSE(PlaceOf(r, "Lypove")->has_coords);
  // Far-off villages a report on a region abroad lists together are not
  // Ukrainian namesakes near each other (Malynivka and a Kalynove lie 20 km
  // apart in Donetsk oblast).
  r = ResolveText(*world_, "Fighting was reported in the Kursk region. Troops recaptured the settlements of Malinovka "
                           "and Kalinovo.");
  for (const char* surface : {"Malinovka", "Kalinovo"}) {
    const ResolvedPlace* p = PlaceOf(r, surface);
    ASSERT_NE(p, nullptr) << surface;
    EXPECT_FALSE(p->has_coords) << surface;
  }
  // Not in a report on Ukraine's regions only.
  r = ResolveText(*world_, "Fighting was reported in the Donetsk region. Troops attacked in the direction of Lypove.");
  ASSERT_NE(PlaceOf(r, "Lypove"), nullptr);
  EXPECT_TRUE(PlaceOf(r, "Lypove")->has_coords);
  // One part of a hyphenated name, in a derived spelling, is no mention.
  r = ResolveText(*world_, "Skirmishes were reported near Kalinovo-Darino.");
  EXPECT_EQ(PlaceOf(r, "Kalinovo"), nullptr);
  r = ResolveText(*world_, "Skirmishes were reported near Kalinovo and Ocheretyne.");
  EXPECT_NE(PlaceOf(r, "Kalinovo"), nullptr);
}

// A name with another name of the same settlement in brackets after it.
TEST_F(ResolverTest, BracketedOtherName) {
  struct Case {
    const char* text;
    const char* surface;
    const char* name;
  } cases[] = {
      // The bracketed reading, the larger place, wins; every mention follows.
      {"Units attacked Lypove (formerly Kramatorsk). Lypove burned.", "Lypove", "Kramatorsk"},
      {"Units attacked Zabytoe (Toretsk).", "Zabytoe", "Toretsk"},
      {"Units attacked Zabytoe (Toretsk in Ukrainian), officials said.", "Zabytoe", "Toretsk"},
      // An unresolved bracketed name is the one before it.
      {"Units attacked Toretsk (Zabytoe).", "Zabytoe", "Toretsk"},
      // Between two villages the name before the brackets stays.
      {"Units attacked Lypove (Malynivka).", "Lypove", "Lypove"},
      // A region in brackets only locates it.
      {"Units attacked Valentinovka (Kiev region).", "Valentinovka", "Valentynivka"},
  };
  for (const Case& c : cases) {
    auto r = ResolveText(*world_, c.text);
    const ResolvedPlace* p = nullptr;
    for (const Mention& m : r.mentions) {
      if (m.surface == c.surface && m.place >= 0) p = &r.places[m.place];
    }
    ASSERT_NE(p, nullptr) << c.text;
    EXPECT_EQ(p->name, c.name) << c.text;
    for (const Mention& m : r.mentions) {
      if (m.surface == c.surface) EXPECT_EQ(r.places[m.place].name, c.name) << c.text;
    }
    // No place is left without a mention.
    std::vector<int> used(r.places.size(), 0);
    for (const Mention& m : r.mentions) used[m.place] = 1;
    for (size_t i = 0; i < used.size(); ++i) EXPECT_TRUE(used[i]) << c.text << ": " << r.places[i].name;
  }
  // Only what could name a settlement: not an outlet, a unit or an institution.
  for (const char* text : {"Units attacked Kramatorsk (DeepState) today.", "The Azov Brigade (Kramatorsk) attacked.",
                           "The Institute for the Study of War (Kramatorsk) wrote."}) {
    auto r = ResolveText(*world_, text);
    ASSERT_EQ(r.mentions.size(), 1u) << text;
    EXPECT_EQ(r.mentions[0].surface, "Kramatorsk") << text;
  }
}

// Listed places lie together: the two villages next to each other, not the
// towns of the same names 300 km apart.
TEST_F(ResolverTest, ListedPlacesLieTogether) {
  auto r = ResolveText(*world_, "Fighting is ongoing in settlements such as Pryluky and Varvarivka.");
  ASSERT_NE(PlaceOf(r, "Pryluky"), nullptr);
  ASSERT_NE(PlaceOf(r, "Varvarivka"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Pryluky")->code, "UA2310000101");
  EXPECT_EQ(PlaceOf(r, "Varvarivka")->code, "UA2310000102");
  // Alone, the town.
  r = ResolveText(*world_, "Fighting is ongoing near Pryluky.");
  ASSERT_NE(PlaceOf(r, "Pryluky"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Pryluky")->population, 55000);
}

// A text that calls it a village means no town of that name.
TEST_F(ResolverTest, VillageOfIsNoTown) {
  for (const char* text : {"Troops shelled the village of Pryluky.", "Fighting went on in the Pryluky village."}) {
    auto r = ResolveText(*world_, text);
    ASSERT_NE(PlaceOf(r, "Pryluky"), nullptr) << text;
    EXPECT_EQ(PlaceOf(r, "Pryluky")->code, "UA2310000101") << text;
  }
  EXPECT_EQ(NameOf(*world_, "Drones hit a village. Pryluky was quiet.", "Pryluky"), "Pryluky");
  EXPECT_EQ(PlaceOf(ResolveText(*world_, "Drones hit a village. Pryluky was quiet."), "Pryluky")->population, 55000);
  auto r = ResolveText(*world_, "Troops shelled the city of Pryluky.");
  ASSERT_NE(PlaceOf(r, "Pryluky"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Pryluky")->population, 55000);
}

// A hyphen splitting a one-word name: the pair written together is compared
// with the one-word spellings ("Gulyai-Polye" is two edits from "gulyaypole").
TEST_F(ResolverTest, HyphenSplitName) {
  auto r = ResolveText(*world_, "Fighting went on in the area of Gulyai-Polye.");
  const ResolvedPlace* p = PlaceOf(r, "Gulyai-Polye");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Huliaipole");
  // Two words apart are two words: no one-word name is read into them.
  // (Here the two-word village's name, one letter off, is no one-word town.)
  r = ResolveText(*world_, "Fighting went on in the area of Gulyai Polye.");
  const ResolvedPlace* two = PlaceOf(r, "Gulyai Polye");
  EXPECT_TRUE(two == nullptr || two->name != "Huliaipole");
  // A hyphen (or an en dash typed for it) joining a two-word village's name
  // may split the town's: the town near the document's other places.
  for (const char* text : {"The enemy attacked near Gulyai-Pole and Orekhov.",
                           "Our destinations are Gulyai\u2013Pole and Orekhov."}) {
    r = ResolveText(*world_, text);
    p = PlaceOf(r, text[4] == 'e' ? "Gulyai-Pole" : "Gulyai\u2013Pole");
    ASSERT_NE(p, nullptr) << text;
    EXPECT_EQ(p->name, "Huliaipole") << text;
  }
  r = ResolveText(*world_, "Fighting went on near Gulyai Pole in the Kharkiv region.");
  p = PlaceOf(r, "Gulyai Pole");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Guliai Pole");
}

// Namesakes the text does not tell apart: the one in a raion the front ran
// through (data/geo/conflict_raions.txt); a place the text names near the
// other still wins.
// A governor's region names the region for the document only as "Gov."
// or "RMA" do: "the Kharkiv governor" leaves a bare "Kharkiv" the city.
TEST_F(ResolverTest, GovernorLeavesTheCityItsBareName) {
  auto r = ResolveText(*world_, "Kharkiv governor Oleh Syniehubov spoke. In Kharkiv, a missile hit a school.");
  bool city = false;
  for (const ResolvedPlace& p : r.places) city |= p.name == "Kharkiv" && p.kind == PlaceKind::kSettlement;
  EXPECT_TRUE(city);
}

TEST_F(ResolverTest, ConflictRaionDecidesBetweenNamesakesTheTextLeavesApart) {
  auto r = ResolveText(*world_, "Russian forces captured Dachne in the Dnipropetrovsk region.");
  ASSERT_NE(PlaceOf(r, "Dachne"), nullptr);
  EXPECT_NEAR(PlaceOf(r, "Dachne")->lat, 48.04198, 0.01);  // Synelnykivskyi raion
  r = ResolveText(*world_, "Russian forces captured Dachne, 10 km from Pavlohrad, in the Dnipropetrovsk region.");
  ASSERT_NE(PlaceOf(r, "Dachne"), nullptr);
  EXPECT_NEAR(PlaceOf(r, "Dachne")->lat, 48.51151, 0.01);  // Pavlohradskyi raion
  // Two places named, 8 and 14 km from each namesake: the front's.
  r = ResolveText(*world_, "Strikes hit Manhush on Monday. Troops shelled Kramatorsk. Fighting went on near Malynivka.");
  ASSERT_NE(PlaceOf(r, "Malynivka"), nullptr);
  EXPECT_NEAR(PlaceOf(r, "Malynivka")->lat, 48.73794, 1e-4);  // Kramatorskyi raion
}

TEST_F(ResolverTest, RiverBanksAndLocatingNames) {
  auto r = ResolveText(*world_, "Marines left the left bank of the Kramatorsk after months.");
  EXPECT_EQ(PlaceOf(r, "Kramatorsk"), nullptr);
  r = ResolveText(*world_, "The region borders the Sea of Kramatorsk.");
  EXPECT_EQ(PlaceOf(r, "Kramatorsk"), nullptr);
  r = ResolveText(*world_, "Units withdrew from the key Kramatorsk city of Toretsk.");
  EXPECT_EQ(PlaceOf(r, "Kramatorsk"), nullptr);
  EXPECT_NE(PlaceOf(r, "Toretsk"), nullptr);
  r = ResolveText(*world_, "Shells hit the Ukrainian-held Kramatorsk logistics hub of Toretsk.");
  EXPECT_EQ(PlaceOf(r, "Kramatorsk"), nullptr);
  EXPECT_NE(PlaceOf(r, "Toretsk"), nullptr);
  r = ResolveText(*world_, "Kramatorsk residents fled to the city of Toretsk.");
  EXPECT_NE(PlaceOf(r, "Kramatorsk"), nullptr);
  // A big city's name the text calls a river is the river where "the" goes
  // before it; bare, the city.
  r = ResolveText(*world_, "Boats crossed the Kharkiv River. Activity on the Kharkiv near the bridge grew.");
  EXPECT_EQ(PlaceOf(r, "Kharkiv"), nullptr);
  r = ResolveText(*world_, "Boats crossed the Kharkiv River. Drones hit Kharkiv overnight.");
  EXPECT_NE(PlaceOf(r, "Kharkiv"), nullptr);
  r = ResolveText(*world_, "Boats crossed the Kharkiv River. The Kharkiv city council reported damage.");
  EXPECT_NE(PlaceOf(r, "Kharkiv"), nullptr);
}

TEST_F(ResolverTest, ClosenessToOtherPlacesOfTheDocument) {
  auto r = ResolveText(*world_, "After Toretsk, the next target is Valentynivka.");
  const ResolvedPlace* p = PlaceOf(r, "Valentynivka");
  ASSERT_NE(p, nullptr);
  EXPECT_NEAR(p->lat, 48.31644, 1e-4);
}

TEST_F(ResolverTest, PlacesOfTheSameSentenceAreNeighbours) {
  // Ocheretyne, in another sentence, is 6 km from the first Kalynove; the
  // list names the third one, 17 km from Zoriane.
  auto r = ResolveText(*world_, "Ocheretyne was shelled at night. Assaults were repelled near Zoriane and Kalynove.");
  const ResolvedPlace* p = PlaceOf(r, "Kalynove");
  ASSERT_NE(p, nullptr);
  EXPECT_NEAR(p->lat, 47.75563, 1e-4);
  // Without a list the document's nearest place decides: a comma alone,
  // the two ends of a road, a hyphenated road.
  for (const char* text : {"Ocheretyne was shelled at night. Assaults were repelled near Kalynove. Zoriane was calm.",
                           "Ocheretyne was shelled at night. Near Zoriane, Kalynove was shelled.",
                           "Ocheretyne was shelled at night. The road between Zoriane and Kalynove is cut.",
                           "Ocheretyne was shelled at night. The Zoriane-Kalynove road is cut."}) {
    r = ResolveText(*world_, text);
    p = PlaceOf(r, "Kalynove");
    ASSERT_NE(p, nullptr) << text;
    EXPECT_NEAR(p->lat, 48.29522, 1e-4) << text;
  }
  // A list may hold names that resolved to nothing.
  r = ResolveText(*world_, "Ocheretyne was shelled at night. Assaults near Zoriane, Blahodatne, and Kalynove failed.");
  p = PlaceOf(r, "Kalynove");
  ASSERT_NE(p, nullptr);
  EXPECT_NEAR(p->lat, 47.75563, 1e-4);
}

TEST_F(ResolverTest, APlacesOwnNameBeatsAnotherPlacesOldName) {
  struct Case {
    const char* text;
    const char* surface;
    const char* place;
  } cases[] = {
      {"Russian troops tried to secure positions around Hrodivka.", "Hrodivka", "Hrodivka"},
      {"Hrodivka came under fire again.", "Hrodivka", "Hrodivka"},
      {"Russian troops are advancing toward Hrodivka and Myrnohrad.", "Hrodivka", "Hrodivka"},
      // An old name nobody else bears still names the town.
      {"The miners of Dymytrov went on strike.", "Dymytrov", "Myrnohrad"},
      // A Russian form derived from the village's name is no name of its
      // own: the town Russian reports still call so keeps it.
      {"Russian troops are advancing on Krasny Liman.", "Krasny Liman", "Lyman"},
  };
  for (const Case& c : cases) EXPECT_EQ(NameOf(*world_, c.text, c.surface), c.place) << c.text;
}

TEST_F(ResolverTest, APlaceAmongTheTextsPlacesBeatsALargerNamesakeFarAway) {
  EXPECT_EQ(PlaceOf(ResolveText(*world_, "Fighting raged near Kramatorsk, Toretsk and Chasiv Yar. Further south, near "
                                         "Ocheretyne, troops took up positions all around Karlivka."),
                    "Karlivka")
                ->admin1,
            "Donetsk");
  // Alone, the larger town.
  EXPECT_NE(PlaceOf(ResolveText(*world_, "Troops took up positions all around Karlivka."), "Karlivka")->admin1,
            "Donetsk");
}

TEST_F(ResolverTest, PopulationWithoutContext) {
  // Kramatorsk the city (GeoNames twin, large) has no rival; Kalynove with no
  // context still resolves to one of its three entries.
  auto r = ResolveText(*world_, "Kramatorsk was shelled.");
  ASSERT_NE(PlaceOf(r, "Kramatorsk"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Kramatorsk")->code, "UA1412001001");
  EXPECT_EQ(PlaceOf(r, "Kramatorsk")->population, 150000);
  r = ResolveText(*world_, "Kalynove was shelled.");
  ASSERT_NE(PlaceOf(r, "Kalynove"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Kalynove")->name, "Kalynove");
}

// The kind the first mention spelt "Kharkiv" resolves to (kCountry when
// there is none): the region-or-city tables below.
struct KindCase {
  const char* text;
  PlaceKind want;
};
void ExpectKharkivKinds(const Gazetteer& world, const std::vector<KindCase>& cases) {
  for (const KindCase& c : cases) {
    auto r = ResolveText(world, c.text);
    PlaceKind got = PlaceKind::kCountry;  // not found
    for (const Mention& m : r.mentions) {
      if (m.surface == "Kharkiv") {
        got = m.place >= 0 ? r.places[m.place].kind : PlaceKind::kCountry;
        break;
      }
    }
    EXPECT_EQ(got, c.want) << c.text;
  }
}

// A document that names a region as such means it by its centre's bare
// name where a region is meant ("in X", "across X", opening a sentence),
// not where the name is a point ("30 km from X", "towards X").
TEST_F(ResolverTest, RegionNamedInTheDocumentByItsCentresName) {
  ExpectKharkivKinds(*world_, {
      {"Russia opened a front in the Kharkiv region. The advance in Kharkiv slowed.", PlaceKind::kRegion},
      {"Russia opened a front in the Kharkiv region. Troops are 30 km from Kharkiv.", PlaceKind::kSettlement},
      {"The advance in Kharkiv slowed.", PlaceKind::kSettlement},
      {"Russia opened a front in the Kharkiv region. Missiles hit apartments in Kharkiv.", PlaceKind::kSettlement},
      // A part of it by the compass, a neighbour of another region, a front
      // named after the centre, a share of it.
      {"Russia opened a front in the Kharkiv region. Izium lies in the north of Kharkiv.", PlaceKind::kRegion},
      {"Russia opened a front in the Kharkiv region. It plans to take neighbouring Kharkiv.", PlaceKind::kRegion},
      {"Russia opened a front in the Kharkiv region. Troops pushed along the Kharkiv front line.", PlaceKind::kRegion},
      {"Russia opened a front in the Kharkiv region. Troops moved to the Kharkiv direction.", PlaceKind::kRegion},
      {"Russia opened a front in the Kharkiv region. Its forces hold 60 percent of Kharkiv.", PlaceKind::kRegion},
      {"Russia opened a front in the Kharkiv region. Its forces hold 60% of Kharkiv.", PlaceKind::kRegion},
      // Without the region named, a front named after the city is near the city.
      {"Troops halted the counteroffensive on the Kharkiv front.", PlaceKind::kSettlement},
      {"Troops are north of Kharkiv.", PlaceKind::kSettlement},
  });
}

// Wherever a document is: "the Republic of X", "X's eastern region", "X's
// land", "key X hubs" name the region.
TEST_F(ResolverTest, RegionByItsRepublicItsOwnPartsAndItsHubs) {
  ExpectKharkivKinds(*world_, {
      {"Soldiers of the Republic of Kharkiv advanced.", PlaceKind::kRegion},
      {"They aim to gain control over Kharkiv's eastern region.", PlaceKind::kRegion},
      {"There will be a fight for every centimetre of Kharkiv's land.", PlaceKind::kRegion},
      {"Russia ordered a withdrawal from all of Kharkiv's territory west of the river.", PlaceKind::kRegion},
      {"Missiles hit Kharkiv's northern districts.", PlaceKind::kSettlement},
      {"Missiles hit Kharkiv's territory overnight, damaging homes in the city.", PlaceKind::kSettlement},
      {"It would mark another advance towards the key Kharkiv hubs of Izium and Balakliia.", PlaceKind::kRegion},
      {"The mayor of Kharkiv said the city was shelled.", PlaceKind::kSettlement},
      {"Missiles were launched at Kharkiv, a northeastern region of Ukraine.", PlaceKind::kRegion},
      {"Losses since the beginning of the Kharkiv operation are high.", PlaceKind::kRegion},
      {"The history of the Kharkiv bridgehead is coming to an end.", PlaceKind::kRegion},
      {"He holds authority in parts of Kharkiv controlled by Moscow.", PlaceKind::kRegion},
      {"Troops are seizing back this swathe of Kharkiv.", PlaceKind::kRegion},
      {"Russia controls nearly all of Kharkiv and parts of Sumy.", PlaceKind::kRegion},
      {"Russia now controls most of Kharkiv.", PlaceKind::kRegion},
      {"Russian forces captured most of Kharkiv city in March.", PlaceKind::kSettlement},
      {"It would let the army push deeper into Kharkiv.", PlaceKind::kRegion},
      {"They hold the strongholds deeper in Kharkiv.", PlaceKind::kRegion},
      {"Russia opened a front in the Kharkiv region. That would be a shift, as Kharkiv has been a contested area for months.", PlaceKind::kRegion},
      // ("area" wants the region named: "Kharkiv remains a dangerous area for civilians" is the city.)
      {"Kharkiv remains a dangerous area for civilians, said the mayor.", PlaceKind::kSettlement},
      {"Kharkiv is a city of a million people.", PlaceKind::kSettlement},
      {"Missiles were launched at Kharkiv, a city in the region.", PlaceKind::kSettlement},
      // The region's centre is the city.
      {"Villages lie 30 km north of Kharkiv, the region's administrative center.", PlaceKind::kSettlement},
      // Its governor, military administration, towns and ground; a region
      // word once ("the province of Kharkiv") makes the bare name in the
      // document's region positions the region too.
      {"Fighting went on, Kharkiv Gov. Oleh Syniehubov said.", PlaceKind::kRegion},
      {"Earlier in the day, Kharkiv acting Governor Ivan Petrenko said so.", PlaceKind::kRegion},
      {"This was reported by the head of the Kharkiv RMA on television.", PlaceKind::kRegion},
      {"Troops liberated the Kharkiv settlement of Kramatorsk.", PlaceKind::kRegion},
      {"There will be a fight for every meter of Kharkiv, he said.", PlaceKind::kRegion},
      {"There will be a hard fight for every centimeter of Kharkiv land.", PlaceKind::kRegion},
      {"Russian missiles hit every district of Kharkiv overnight.", PlaceKind::kSettlement},
      {"Troops entered the Russian province of Kharkiv. The advance slowed down in Kharkiv.", PlaceKind::kRegion},
  });
}

// A street or a grouping named after a place is no mention of it; the
// streets of a place are.
TEST_F(ResolverTest, StreetsAndGroupingsNamedAfterAPlace) {
  struct Case {
    const char* text;
    bool kalynove;
  } cases[] = {
      {"Troops advanced along Kalynove and Lermontov streets.", false},
      {"Troops advanced along Kalynove Street.", false},
      {"Troops reached the Kalynove Stadium.", false},
      {"Intense Kalynove street fighting went on for weeks.", true},
      {"The spokesman of the Kalynove Defence Forces said the line held.", false},
      {"Ukraine’s “Kalynove” operational and strategic group said the line held.", false},
      {"The spokesman of the OSTG Kalynove said the line held.", false},
      {"The commander of the \"Kalynove\" NGU said the line held.", false},
      {"The speaker of the operational-strategic group of forces Kalynove said the line held.", false},
      {"Fighting continues in the streets of Kalynove.", true},
      // A river crossed, also before a clause's comma or without its article.
      {"The Russians have no crossings across the Kalynove, but their plans remain.", false},
      {"The enemy will not set up any crossings across Kalynove.", false},
      {"We keep the water surface of Kalynove under control.", false},
      // Two names, the second a feature's: the first stays a place.
      {"The enemy paused its assaults near Kalynove and Nestyha Island.", true},
      {"Ships sailed in the Kalynove and Black seas.", false},
      {"The defence of Kalynove goes on.", true},
      {"Kalynove was shelled.", true},
  };
  for (const Case& c : cases) {
    auto r = ResolveText(*world_, c.text);
    EXPECT_EQ(PlaceOf(r, "Kalynove") != nullptr, c.kalynove) << c.text;
  }
}

// A common word closing a list of places is a village when a namesake lies
// near a candidate of the name before it (list mates lie together).
TEST(ResolverListMateTest, CommonWordClosingAListNearItsMate) {
  const std::string gn =
      testing::GeoNamesRow("1", "Pobeda", "Pobeda,Victory", 48.10, 37.60, "PPL", "05", 900) +
      testing::GeoNamesRow("2", "Pobeda", "Pobeda,Victory", 45.30, 33.00, "PPL", "11", 900) +
      testing::GeoNamesRow("3", "Kalynove", "Kalynove", 48.15, 37.65, "PPL", "05", 1200) +
      testing::GeoNamesRow("4", "Zarichne", "Zarichne", 49.90, 25.00, "PPL", "05", 1200) +
      testing::GeoNamesRow("5", "Velyke Kalynove", "Velyke Kalynove", 48.12, 37.70, "PPL", "05", 800);
  std::unique_ptr<Gazetteer> world(testing::BuildWorld(gn, ""));
  ASSERT_NE(world, nullptr);
  auto lat_of = [&](const std::string& text) {
    Resolution r = testing::ResolveText(*world, text);
    for (const ResolvedPlace& p : r.places) {
      if (p.name == "Pobeda") return p.lat;
    }
    return 0.0;
  };
  EXPECT_NEAR(lat_of("Attacks were repelled in the area of Kalynove, and Pobeda."), 48.10, 0.01);
  EXPECT_NEAR(lat_of("Attacks were repelled in the area of Kalynove and Pobeda."), 48.10, 0.01);
  // Two keys end at the mate's last word ("velyke kalynove", "kalynove"):
  // the matcher scan orders them.
  EXPECT_NEAR(lat_of("Attacks were repelled in the area of Velyke Kalynove, and Pobeda."), 48.10, 0.01);
  EXPECT_EQ(lat_of("Attacks were repelled near Zarichne and Pobeda."), 0.0);   // no namesake near it
  EXPECT_EQ(lat_of("Troops left Kalynove and Pobeda was declared."), 0.0);     // a clause's subject
  EXPECT_EQ(lat_of("Attacks were repelled near Pobeda."), 0.0);               // alone: a common word
}

// A compound named after a town within 30 km takes the town's spellings
// for its first word (gazetteer build): "Kupyansk-Vuzlovyi".
TEST(GazetteerCompoundTest, CompoundTakesItsNearTownsSpellings) {
  const std::string gn =
      testing::GeoNamesRow("1", "Toretsk", "Toretsk,Dzerzhynsk,Dzerzhinsk", 48.39, 37.85, "PPL", "05", 40000) +
      testing::GeoNamesRow("2", "Toretsk-Vuzlovyi", "Toretsk-Vuzlovyi", 48.36, 37.88, "PPL", "05", 3000) +
      testing::GeoNamesRow("3", "Toretsk-Pivdennyi", "Toretsk-Pivdennyi", 46.00, 30.00, "PPL", "05", 900);
  std::unique_ptr<Gazetteer> world(testing::BuildWorld(gn, ""));
  ASSERT_NE(world, nullptr);
  // The town's former name before the compound's second word.
  EXPECT_EQ(testing::NameOf(*world, "Troops entered Dzerzhinsk-Vuzlovyi.", "Dzerzhinsk-Vuzlovyi"), "Toretsk-Vuzlovyi");
  // A compound far from the town is no namesake of it.
  EXPECT_NE(testing::NameOf(*world, "Troops entered Dzerzhinsk-Pivdennyi.", "Dzerzhinsk-Pivdennyi"),
            "Toretsk-Pivdennyi");
}

// An oblast that kept the name its centre dropped: "Dnipropetrovsk" is the
// region (the city is Dnipro); "Dnipro" stays the city.
TEST_F(ResolverTest, RenamedCentresOldNameIsItsRegion) {
  auto r = ResolveText(*world_, "Russian troops crossed into Dnipropetrovsk on Sunday.");
  const ResolvedPlace* p = PlaceOf(r, "Dnipropetrovsk");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, PlaceKind::kRegion);
  EXPECT_EQ(p->admin1, "Dnipropetrovsk");
  r = ResolveText(*world_, "Drones hit Dnipro on Sunday.");
  ASSERT_NE(p = PlaceOf(r, "Dnipro"), nullptr);
  EXPECT_EQ(p->kind, PlaceKind::kSettlement);
}

TEST_F(ResolverTest, RegionsAndCountries) {
  auto r = ResolveText(*world_, "Russia claims the Donetsk People's Republic, Zaporozhye region and Donbass.");
  ASSERT_EQ(r.mentions.size(), 4u);
  for (const Mention& m : r.mentions) {
    ASSERT_GE(m.place, 0);
    EXPECT_NE(r.places[m.place].kind, PlaceKind::kSettlement) << m.surface;
  }
  EXPECT_EQ(r.places[r.mentions[1].place].admin1, "Donetsk");
  EXPECT_EQ(r.places[r.mentions[2].place].admin1, "Zaporizhzhia");
  // Historical regions spanning oblasts keep their own names.
  r = ResolveText(*world_, "Troops fought in Donbass and on the Tavria front.");
  const ResolvedPlace* p = PlaceOf(r, "Donbass");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Donbas");
  ASSERT_NE(p = PlaceOf(r, "Tavria"), nullptr);
  EXPECT_EQ(p->name, "Tavria");
  EXPECT_EQ(p->kind, PlaceKind::kRegion);
}

TEST_F(ResolverTest, CoordinatedOblastNamesAreRegions) {
  struct Case {
    const char* text;
    size_t mentions;
  } cases[] = {{"The liberation of Donetsk and Luhansk is the aim.", 2},
               {"Troops tried to enter the border region of Donetsk.", 1},
               {"Attempts to break through the regions of Donetsk and Kharkiv failed.", 2},
               {"Troops recaptured two Donetsk villages.", 1},
               {"The Kharkiv governor said the shelling went on.", 1},
               {"The Donetsk militia said the shelling went on.", 1},
               {"He was charged by the Russian-backed Luhansk regional prosecutor.", 1},
               {"Troops took a strategic Kharkiv village.", 1}};
  for (const auto& [text, mentions] : cases) {
    auto r = ResolveText(*world_, text);
    EXPECT_EQ(r.mentions.size(), mentions) << text;
    for (const Mention& m : r.mentions) EXPECT_EQ(r.places[m.place].kind, PlaceKind::kRegion) << text << ": " << m.surface;
  }
  // Not a pair a settlement noun calls cities; still a region next to one
  // named as such.
  auto r = ResolveText(*world_, "Trostianets lies between the larger settlements of Donetsk and Kharkiv.");
  EXPECT_EQ(PlaceOf(r, "Donetsk")->kind, PlaceKind::kSettlement);
  EXPECT_EQ(PlaceOf(r, "Kharkiv")->kind, PlaceKind::kSettlement);
  r = ResolveText(*world_, "Shelling hit the towns of Donetsk and Kharkiv regions.");
  EXPECT_EQ(PlaceOf(r, "Donetsk")->kind, PlaceKind::kRegion);
  // Two centres of regions far apart are the cities; in a list of three or
  // more, regions.
  r = ResolveText(*world_, "Trains ran to Cherkasy and Luhansk.");
  ASSERT_NE(PlaceOf(r, "Cherkasy"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Cherkasy")->kind, PlaceKind::kSettlement);
  EXPECT_EQ(PlaceOf(r, "Luhansk")->kind, PlaceKind::kSettlement);
  r = ResolveText(*world_, "Moscow claims Donetsk, Cherkasy and Luhansk.");
  ASSERT_NE(PlaceOf(r, "Cherkasy"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Cherkasy")->kind, PlaceKind::kRegion);
}

// An oblast centre's name that locates a settlement is the region:
// "Donetsk's Kalynove", "Chasiv Yar in Donetsk". Not "Donetsk's mayor", nor
// the capital ("Pryluky in Kyiv").
TEST_F(ResolverTest, OblastNameLocatingASettlementIsTheRegion) {
  struct Case {
    const char* text;
    const char* surface;
    PlaceKind kind;
  } cases[] = {{"Soldiers entered Donetsk's Chasiv Yar on Monday.", "Donetsk", PlaceKind::kRegion},
               {"Soldiers entered Donetsk\u2019s Chasiv Yar on Monday.", "Donetsk", PlaceKind::kRegion},
               {"Shelling hit Chasiv Yar in Donetsk overnight.", "Donetsk", PlaceKind::kRegion},
               {"Donetsk's mayor said the shelling went on.", "Donetsk", PlaceKind::kSettlement},
               {"Donetsk's Kalynove district was shelled.", "Donetsk", PlaceKind::kSettlement},
               {"Refugees from Pryluky in Kharkiv got aid.", "Kharkiv", PlaceKind::kSettlement},
               {"Shelling hit Donetsk overnight.", "Donetsk", PlaceKind::kSettlement},
               // Its border lands.
               {"Progress in the Kharkiv border region has halted.", "Kharkiv", PlaceKind::kRegion},
               {"Shelling hit the Donetsk frontier area overnight.", "Donetsk", PlaceKind::kRegion},
               {"Residents of Toretsk fled to Kyiv.", "Kyiv", PlaceKind::kSettlement},
               // A compass point before an oblast centre's name: the region.
               {"Troops pulled back from five villages in southeastern Kharkiv.", "Kharkiv", PlaceKind::kRegion},
               {"Shelling went on across northern Donetsk.", "Donetsk", PlaceKind::kRegion},
               {"Drones hit western Kyiv overnight.", "Kyiv", PlaceKind::kSettlement},
               {"Shelling went on in the northern Donetsk suburbs.", "Donetsk", PlaceKind::kSettlement},
               {"A missile hit an apartment block in northeastern Kharkiv.", "Kharkiv", PlaceKind::kSettlement},
               {"A glide bomb struck central Donetsk.", "Donetsk", PlaceKind::kSettlement},
               // An article and no noun after, a governor, "regions such
               // as", annexation, a town "in" it: the region.
               {"Lyman lies west of the river in the Donetsk.", "Donetsk", PlaceKind::kRegion},
               {"The situation has escalated, said the governor of Luhansk.", "Luhansk", PlaceKind::kRegion},
               {"Unlike other regions such as Donetsk, it was quiet.", "Donetsk", PlaceKind::kRegion},
               {"Russia, which annexed Donetsk in 2022, wants more.", "Donetsk", PlaceKind::kRegion},
               {"It is the second town in Donetsk to fall this month.", "Donetsk", PlaceKind::kRegion},
               {"Toretsk, another key transportation hub in Donetsk, fell.", "Donetsk", PlaceKind::kRegion},
               {"They hold strategically important areas of Donetsk.", "Donetsk", PlaceKind::kRegion},
               {"The mayor of Luhansk said it was quiet.", "Luhansk", PlaceKind::kSettlement},
               {"The Donetsk airport was shelled.", "Donetsk", PlaceKind::kSettlement},
               {"Russia wants all of Donetsk and neighboring Luhansk.", "Luhansk", PlaceKind::kRegion},
               // Not across a sentence, not before "in", not "and nearby".
               {"Russia said the regions were annexed. Kharkiv was quiet.", "Kharkiv", PlaceKind::kSettlement},
               {"Forces shelled the town. In Kharkiv, three civilians were hurt.", "Kharkiv", PlaceKind::kSettlement},
               {"Shelling hit Donetsk and nearby Luhansk overnight.", "Luhansk", PlaceKind::kSettlement},
               {"The front reached the border of the Donetsk and Zaporizhzia regions.", "Donetsk", PlaceKind::kRegion},
               {"Russia wants all of Donetsk and neighboring Luhansk.", "Donetsk", PlaceKind::kRegion}};
  for (const auto& c : cases) {
    auto r = ResolveText(*world_, c.text);
    const ResolvedPlace* p = PlaceOf(r, c.surface);
    ASSERT_NE(p, nullptr) << c.text;
    EXPECT_EQ(p->kind, c.kind) << c.text;
  }
}

// The capital with another oblast centre is the two cities.
TEST_F(ResolverTest, CapitalCoordinatedWithAnOblastCentreIsTheCities) {
  for (const char* text : {"She discussed the situation in Kyiv and Kharkiv.", "Strikes hit Kharkiv, Kyiv and Lysychansk."}) {
    auto r = ResolveText(*world_, text);
    ASSERT_NE(PlaceOf(r, "Kyiv"), nullptr) << text;
    EXPECT_EQ(PlaceOf(r, "Kyiv")->kind, PlaceKind::kSettlement) << text;
    ASSERT_NE(PlaceOf(r, "Kharkiv"), nullptr) << text;
    EXPECT_EQ(PlaceOf(r, "Kharkiv")->kind, PlaceKind::kSettlement) << text;
  }
  EXPECT_EQ(NameOf(*world_, "Strikes hit Kyiv and Kyiv region.", "Kyiv"), "Kyiv");
  // With "regions" after the pair, both are regions.
  auto r = ResolveText(*world_, "Russian troops withdrew from the Kyiv and Kharkiv regions.");
  ASSERT_NE(PlaceOf(r, "Kyiv"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Kyiv")->kind, PlaceKind::kRegion);
}

TEST_F(ResolverTest, MixedScriptAndLookalikes) {
  auto r = ResolveText(*world_, "Strikes hit Kрамaторск and V\xD0\xBElchansk.");
  ASSERT_NE(PlaceOf(r, "Kрамaторск"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Kрамaторск")->name, "Kramatorsk");
  ASSERT_NE(PlaceOf(r, "V\xD0\xBElchansk"), nullptr);
  EXPECT_EQ(PlaceOf(r, "V\xD0\xBElchansk")->name, "Vovchansk");
}

// A misspelling closer to another place is no second name of one the text
// spells right elsewhere: "Lischansk" is one edit from Lisichansk, two from
// Louchansk (Luhansk), and Luhansk is named too.
TEST_F(ResolverTest, MisspellingIsNoSecondNameOfAPlaceSpeltRight) {
  EXPECT_EQ(NameOf(*world_, "The ambassador of Luhansk said the liberation of Lischansk is days away.", "Lischansk"),
            "Lysychansk");
}

// A name right after a capitalised Slavic adjective no mention covers is
// the second word of a longer name, not a place of its own.
TEST_F(ResolverTest, SecondWordOfALongerName) {
  EXPECT_EQ(PlaceOf(ResolveText(*world_, "Units held the banks of the Seversky Toretsk."), "Toretsk"), nullptr);
  EXPECT_EQ(PlaceOf(ResolveText(*world_, "Fighting continues near Zeleny Toretsk."), "Toretsk"), nullptr);
  // Not after a side adjective, nor after a place.
  EXPECT_NE(PlaceOf(ResolveText(*world_, "Units left Russian Toretsk."), "Toretsk"), nullptr);
  EXPECT_NE(PlaceOf(ResolveText(*world_, "Units moved from Kramatorsk Toretsk way."), "Toretsk"), nullptr);
}

TEST_F(ResolverTest, FuzzySpellingNeedsSupport) {
  // A doubled syllable, after a place cue: accepted.
  auto r = ResolveText(*world_, "Units reached the outskirts of Ocheretinino.");
  ASSERT_NE(PlaceOf(r, "Ocheretinino"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Ocheretinino")->name, "Ocheretyne");
  // One letter off, right next to a resolved place.
  r = ResolveText(*world_, "Kramatorsk and Dzherzhinsk were shelled.");
  ASSERT_NE(PlaceOf(r, "Dzherzhinsk"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Dzherzhinsk")->name, "Toretsk");
  // Six letters are enough ("Horske" for Hirske, "Svatov" for Svatove).
  r = ResolveText(*world_, "Drones hit Lozava, near Kupiansk, on Monday.");
  ASSERT_NE(PlaceOf(r, "Lozava"), nullptr);
  EXPECT_NEAR(PlaceOf(r, "Lozava")->lat, 49.46742, 1e-4);
}

// A large city far from the war is kept only as a spelling: no place of
// its own, and no misspelt village either ("Munich" is not Manych, one
// edit away, near a town the text names). A smaller one is dropped.
TEST(FarCityTest, LargeCityFarFromTheWarBlocksMisreadingsAndIsNoPlace) {
  const std::string gn = GeoNamesRow("1", "Munich", "Muenchen", 48.137, 11.575, "PPLA", "02", 1400000, "DE") +
                         GeoNamesRow("2", "Toretsk", "Toretsk", 48.398, 37.852, "PPL", "05", 30000);
  // An invented village one edit from "Munich", near Toretsk.
  const std::string st =
      "pcode\tname_en\tname_uk\tlat\tlon\toblast_en\traion_en\n"
      "UA1402011099\tManich\tМаніч\t48.42000\t37.90000\tDonetska\tBakhmutskyi\n";
  auto world = BuildWorld(gn, st, GeoNamesFilter::kWarZone);
  ASSERT_NE(world, nullptr);
  auto r = ResolveText(*world, "Troops shelled Toretsk. The president spoke at a conference in Munich.");
  EXPECT_EQ(PlaceOf(r, "Munich"), nullptr);
  ASSERT_NE(PlaceOf(r, "Toretsk"), nullptr);
  // The village itself, spelt right, is found.
  r = ResolveText(*world, "Troops shelled Toretsk and Manich.");
  ASSERT_NE(PlaceOf(r, "Manich"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Manich")->name, "Manich");
}

// A misspelt name with one reading places the document's other names as a
// correct spelling does ("Mannhush" is Manhush: the Malynivka near it).
TEST_F(ResolverTest, MisspeltNameWithOneReadingPlacesTheOthers) {
  for (const char* text : {"Shelling hit Malynivka overnight. Troops still hold Mannhush, officials said.",
                           "Troops still hold Mannhush. Shelling hit Malynivka overnight."}) {
    auto r = ResolveText(*world_, text);
    ASSERT_NE(PlaceOf(r, "Mannhush"), nullptr) << text;
    const ResolvedPlace* p = PlaceOf(r, "Malynivka");
    ASSERT_NE(p, nullptr) << text;
    EXPECT_LT(p->lat, 47.5) << text;
  }
}

TEST_F(ResolverTest, FuzzyVillageFarFromEveryRegionOfTheDocumentIsNoSupportedMatch) {
  // The cue alone supports the one-letter-off village ...
  EXPECT_EQ(NameOf(*world_, "Shelling hit the village of Zoriana overnight.", "Zoriana"), "Zoriane");
  // ... but not in a report on another region, far from its other places.
  auto r = ResolveText(*world_, "In the Kharkiv region, shelling hit the village of Zoriana overnight.");
  const ResolvedPlace* p = PlaceOf(r, "Zoriana");
  ASSERT_NE(p, nullptr);  // kept as a settlement the gazetteer lacks
  EXPECT_FALSE(p->has_coords);
  EXPECT_TRUE(p->code.empty());
}

TEST_F(ResolverTest, DerivedSpellingOfAFarVillageTheTextCallsAVillageIsANamesake) {
  // "Lipovoye" is a Russian form of Lypove (Kharkiv region).
  EXPECT_EQ(NameOf(*world_, "Troops took the village of Lipovoye.", "Lipovoye"), "Lypove");
  auto r = ResolveText(*world_, "In the Kyiv region, troops took the village of Lipovoye.");
  ASSERT_NE(PlaceOf(r, "Lipovoye"), nullptr);
  EXPECT_FALSE(PlaceOf(r, "Lipovoye")->has_coords);  // the document's own village, not Lypove
  // Not called a village: the gazetteer's place stands.
  EXPECT_EQ(NameOf(*world_, "In the Kyiv region, units from Lipovoye arrived.", "Lipovoye"), "Lypove");
}

// A name a settlement noun introduces that the gazetteer lacks is a
// settlement without coordinates; one it knows is resolved as before; a
// two-word name that only its parts matched is neither part.
TEST_F(ResolverTest, SettlementsTheGazetteerLacks) {
  auto r = ResolveText(*world_, "Russian forces took the villages of Plekhovo and Kramatorsk.");
  const ResolvedPlace* unknown = PlaceOf(r, "Plekhovo");
  ASSERT_NE(unknown, nullptr);
  EXPECT_EQ(unknown->name, "Plekhovo");
  EXPECT_EQ(unknown->kind, PlaceKind::kSettlement);
  EXPECT_FALSE(unknown->has_coords);
  EXPECT_TRUE(unknown->code.empty());
  ASSERT_NE(PlaceOf(r, "Kramatorsk"), nullptr);
  EXPECT_TRUE(PlaceOf(r, "Kramatorsk")->has_coords);

  r = ResolveText(*world_, "Fighting went on near the village of Malynivka Druha.");
  ASSERT_NE(PlaceOf(r, "Malynivka Druha"), nullptr);
  EXPECT_FALSE(PlaceOf(r, "Malynivka Druha")->has_coords);
  EXPECT_EQ(PlaceOf(r, "Malynivka"), nullptr);

  // A region stated after the name or its list locates it.
  r = ResolveText(*world_, "Attacks near the villages of Plekhovo and Darino in the Kharkiv region failed.");
  ASSERT_NE(PlaceOf(r, "Plekhovo"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Plekhovo")->admin1, "Kharkiv");
  EXPECT_EQ(PlaceOf(r, "Darino")->admin1, "Kharkiv");
  r = ResolveText(*world_, "The village of Plekhovo was hit; the Kharkiv region was calm.");
  EXPECT_EQ(PlaceOf(r, "Plekhovo")->admin1, "");
  // A list a colon or "including" opens after the noun.
  for (const char* text : {"The ministry announced the recapture of five settlements: Plekhovo, Darino and Kramatorsk.",
                           "Troops now control several villages, including Plekhovo, Darino and Kramatorsk.",
                           "Troops now control several villages including Plekhovo, Darino and Kramatorsk."}) {
    r = ResolveText(*world_, text);
    ASSERT_NE(PlaceOf(r, "Plekhovo"), nullptr) << text;
    ASSERT_NE(PlaceOf(r, "Darino"), nullptr) << text;
  }
  EXPECT_EQ(PlaceOf(ResolveText(*world_, "Troops shelled several villages. Plekhovo was calm."), "Plekhovo"), nullptr);
  // Without a settlement noun an unknown word is no place; a person is none with one.
  EXPECT_TRUE(ResolveText(*world_, "Plekhovo was shelled.").places.empty());
  EXPECT_EQ(PlaceOf(ResolveText(*world_, "the village of Vladimir Putin"), "Vladimir Putin"), nullptr);
  // A lone common word after the noun is no name.
  EXPECT_TRUE(ResolveText(*world_, "Officials say the settlements Russians call liberated are not.").places.empty());
  // Once introduced, the same name elsewhere is the same settlement; not
  // inside a longer name.
  r = ResolveText(*world_, "Shelling hit the village of Plekhovo. Plekhovo Street burned. Control over Plekhovo was restored.");
  int plekhovo = 0;
  for (const Mention& m : r.mentions) {
    if (m.surface == "Plekhovo") ++plekhovo;
    EXPECT_NE(m.surface, "Plekhovo Street");
  }
  EXPECT_EQ(plekhovo, 2);
  EXPECT_EQ(r.places.size(), 1u);
  // Known places a dash joins after the noun are a line of places, when
  // they lie near each other; far apart, the joined name is one place.
  r = ResolveText(*world_, "Troops hold the line of settlements Kramatorsk - Chasiv Yar - Toretsk.");
  EXPECT_EQ(PlaceOf(r, "Kramatorsk - Chasiv Yar"), nullptr);
  ASSERT_NE(PlaceOf(r, "Chasiv Yar"), nullptr);
  EXPECT_TRUE(PlaceOf(r, "Chasiv Yar")->has_coords);
  ASSERT_NE(PlaceOf(r, "Kramatorsk"), nullptr);
  EXPECT_TRUE(PlaceOf(r, "Kramatorsk")->has_coords);
  r = ResolveText(*world_, "Russians attack the settlements of Malynivka-Kramatorsk.");
  EXPECT_EQ(PlaceOf(r, "Malynivka-Kramatorsk"), nullptr);
  ASSERT_NE(PlaceOf(r, "Malynivka"), nullptr);
  EXPECT_NEAR(PlaceOf(r, "Malynivka")->lat, 48.73794, 0.01);
  // Each part keeps the readings that lie near its neighbour: the
  // Malynivka 14 km from Kramatorsk, not the one in the south.
  EXPECT_NEAR(PlaceOf(ResolveText(*world_, "Russians attack the settlements of Kramatorsk-Malynivka."), "Malynivka")->lat,
              48.73794, 0.01);
  r = ResolveText(*world_, "Russians attack the village of Pryluky-Kramatorsk.");
  ASSERT_NE(PlaceOf(r, "Pryluky-Kramatorsk"), nullptr);
  EXPECT_FALSE(PlaceOf(r, "Pryluky-Kramatorsk")->has_coords);
  // An adjective that opens names (Nova, also a village, is "Novaya" in
  // Russian) is no place before another capitalised word, nor is the
  // second word a misspelt village.
  r = ResolveText(*world_, "Troops liberated the settlements of Novaya Sorochina and Kramatorsk. Novaya Sorochina is "
                           "close to the border.");
  EXPECT_EQ(PlaceOf(r, "Novaya"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Sorochina"), nullptr);
  EXPECT_EQ(r.places.size(), 2u);
  ASSERT_NE(PlaceOf(r, "Novaya Sorochina"), nullptr);
  EXPECT_FALSE(PlaceOf(r, "Novaya Sorochina")->has_coords);
  // Mentions stay in text order.
  r = ResolveText(*world_, "From Kramatorsk to the villages of Plekhovo and Toretsk.");
  ASSERT_EQ(r.mentions.size(), 3u);
  for (size_t i = 1; i < r.mentions.size(); ++i) EXPECT_LT(r.mentions[i - 1].span.begin, r.mentions[i].span.begin);
}

// Two-word misspellings, exonyms and common words: the name each surface
// resolves to ("" for none).
TEST_F(ResolverTest, PairsExonymsAndCommonWords) {
  struct Case {
    const char* text;
    const char* surface;
    const char* name;
  } cases[] = {
      {"Units pulled back from Chasaiv Yar near Kramatorsk.", "Chasaiv Yar", "Chasiv Yar"},
      // The pair also wins over a derived spelling its first word matches
      // alone ("Novaya" is the Russian form of the village Nova).
      {"Units struck the areas of Novaya Sech and Kramatorsk.", "Novaya Sech", "Nova Sich"},
      // ... and over a place's own name when the second word matched
      // nothing ("Davydiv" is a village; "Brod" is no place).
      {"Units struck the areas of Davydiv Brod in the Kherson region.", "Davydiv Brod", "Davydiv Brid"},
      {"Units struck the areas of Davydiv Brod in the Kherson region.", "Davydiv", ""},
      {"Units retook Davydiv near Lviv.", "Davydiv", "Davydiv"},
      // ... and over two places the words name alone.
      {"Troops freed the villages of Cherkasy Tyshky in the Kharkiv region.", "Cherkasy Tyshky", "Cherkaski Tyshky"},
      {"Troops freed the villages of Cherkasy Tyshky in the Kharkiv region.", "Tyshky", ""},
      {"Drones hit Cherkasy and Tyshky.", "Tyshky", "Tyshky"},
      // A name after an adjective that opens names is the second half of a
      // name the gazetteer lacks, not the village so named.
      {"Troops took Kazachya Lozova and Toretsk.", "Lozova", ""},
      {"Troops took the villages of Lozova and Toretsk.", "Lozova", "Lozova"},
      // The pair wins over the village its second word names alone.
      {"Assaults near Velyka Novoselka and Kramatorsk failed.", "Velyka Novoselka", "Velyka Novosilka"},
      {"Assaults near Velyka Novoselka and Kramatorsk failed.", "Novoselka", ""},
      {"Assaults near Novoselka failed.", "Novoselka", "Novoselka"},
      // An exonym needs support: Toretsk, a chosen place 8 km away, is; a
      // cue alone ("in") is not.
      {"Troops seized the hub of New York near Toretsk.", "New York", "Niu-York"},
      {"The assembly met in New York on Monday.", "New York", ""},
      // A common word is a village when a settlement noun introduces it.
      {"Troops took the village of Pobeda.", "Pobeda", "Pobeda"},
      {"Troops took the settlement Pobeda.", "Pobeda", "Pobeda"},
      {"Troops took the village. Pobeda was declared.", "Pobeda", ""},
      {"Troops took control of the Pobeda settlement.", "Pobeda", "Pobeda"},
      {"Pobeda village celebrations were held.", "Pobeda", ""},
      // Also a later name of a list the noun introduces.
      {"Troops withdrew from the villages of Lypove and Pobeda.", "Pobeda", "Pobeda"},
      {"Troops withdrew from the villages of Lypove, Chasiv Yar, and Pobeda.", "Pobeda", "Pobeda"},
      {"Troops took villages Lypove or Pobeda.", "Pobeda", "Pobeda"},
      {"Troops left Lypove and Pobeda was declared.", "Pobeda", ""},
      {"Troops left the village of Lypove. Pobeda was declared.", "Pobeda", ""},
      {"Troops left the village of Lypove and Pobeda was declared.", "Pobeda", ""},
      // ... or an appositive that a settlement noun heads.
      {"Troops took control of Pobeda, a village about 3 miles from Lypove.", "Pobeda", "Pobeda"},
      {"Troops took Pobeda, the small settlement on the river.", "Pobeda", "Pobeda"},
      {"Pobeda, a word the troops shouted, echoed.", "Pobeda", ""},
      {"Pobeda, the village head, said the shelling went on.", "Pobeda", ""},
      {"Pobeda, the town's only doctor, stayed.", "Pobeda", ""},
      // A part of a city named like a town elsewhere.
      {"Small groups tried to break into the Toretsk neighbourhood of the city.", "Toretsk", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(NameOf(*world_, c.text, c.surface), c.name) << c.text;
}

TEST_F(ResolverTest, AdjectiveFormsNeedAHeadNoun) {
  auto r = ResolveText(*world_, "Pressure grows on the Kramatorsky direction.");
  ASSERT_NE(PlaceOf(r, "Kramatorsky"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Kramatorsky")->name, "Kramatorsk");
  r = ResolveText(*world_, "Kramatorsky said nothing.");
  EXPECT_EQ(PlaceOf(r, "Kramatorsky"), nullptr);
  // Misspelt before a head noun, it is still the town's adjective.
  EXPECT_EQ(NameOf(*world_, "Troops shelled Toretsk. Pressure grows on the Kramatorovsky agglomeration.", "Kramatorovsky"),
            "Kramatorsk");
  r = ResolveText(*world_, "Kramatorovsky said nothing.");
  EXPECT_EQ(PlaceOf(r, "Kramatorovsky"), nullptr);
  // A district (raion) named after a town is no settlement.
  r = ResolveText(*world_, "Most of the Kramatorsky district has been liberated.");
  EXPECT_EQ(PlaceOf(r, "Kramatorsky"), nullptr);
  // Nor is an adjective a misspelt village: "Vasilevsky" is two edits from
  // "Vasilevka".
  r = ResolveText(*world_,
                  "In the Zaporizhzhia region, territories in the Kramatorsky and Vasilevsky districts have been "
                  "liberated.");
  EXPECT_EQ(PlaceOf(r, "Vasilevsky"), nullptr);
  EXPECT_EQ(NameOf(*world_, "Shelling hit Vasilevka overnight.", "Vasilevka"), "Vasylivka");
  // Nor is a district named after a town, before its head noun; a place
  // after "the districts of" is one ("the areas of" in Russian reports).
  r = ResolveText(*world_, "Troops tried to seize the Kramatorsk district's villages.");
  EXPECT_EQ(PlaceOf(r, "Kramatorsk"), nullptr);
  EXPECT_EQ(NameOf(*world_, "Fighting went on in the districts of Kramatorsk.", "Kramatorsk"), "Kramatorsk");
  // A raion the text names anywhere locates its villages: the raion of the
  // town it is named after ("Synelnykove" -> Synelnykivskyi), which no
  // stem of the name reaches.
  EXPECT_NEAR(LatOf(*world_, "Evacuations were ordered in the Synelnykove district. Dachne was shelled.", "Dachne"),
              48.04198, 1e-4);
  EXPECT_NEAR(LatOf(*world_, "Evacuations were ordered in the Pavlohrad district. Dachne was shelled.", "Dachne"),
              48.51151, 1e-4);
  // The district's name still locates a village named with it.
  r = ResolveText(*world_, "Troops captured the village of Malynivka in the Kramatorsk district.");
  const ResolvedPlace* m = PlaceOf(r, "Malynivka");
  ASSERT_NE(m, nullptr);
  EXPECT_NEAR(m->lat, 48.73794, 1e-4);
}

// Transliterated words that are no English words ("Stepove", "Myrne") are
// places wherever they stand capitalised.
TEST_F(ResolverTest, TransliteratedVillageWordsArePlaces) {
  EXPECT_EQ(NameOf(*world_, "Very fierce fighting continues in Stepove, northwest of Kramatorsk.", "Stepove"),
            "Stepove");
  // An English word is a name where a settlement noun calls it one.
  EXPECT_EQ(NameOf(*world_, "Troops captured the villages of Progress and Ocheretyne.", "Progress"), "Prohres");
  EXPECT_EQ(NameOf(*world_, "Progress near Ocheretyne was slow.", "Progress"), "");
}

// "The city of X" is no village without a population: the town of Lyman,
// not the Luhansk-region village, in a text about the Luhansk region.
TEST_F(ResolverTest, CityNounWantsATown) {
  const char* text = "Troops in the Luhansk region shelled Luhansk after retaking the eastern city of Lyman.";
  auto r = ResolveText(*world_, text);
  const ResolvedPlace* p = PlaceOf(r, "Lyman");
  ASSERT_NE(p, nullptr);
  EXPECT_NEAR(p->lat, 48.9891, 1e-3) << text;
  r = ResolveText(*world_, "Troops in the Luhansk region shelled Luhansk after retaking the village of Lyman.");
  ASSERT_NE(p = PlaceOf(r, "Lyman"), nullptr);
  EXPECT_NEAR(p->lat, 48.66414, 1e-3);
}

TEST_F(ResolverTest, CommonWordsAndLowerCaseAreNotPlaces) {
  auto r = ResolveText(*world_, "Victory is near, said the kramatorsk blogger. Pobeda!");
  EXPECT_TRUE(r.mentions.empty());
}

TEST_F(ResolverTest, PeopleAreNotPlaces) {
  // "Lipovoye" is a Russian form of the village Lypove.
  auto r = ResolveText(*world_, "General Sergei Lipovoye said Lipovoye would win.");
  EXPECT_EQ(PlaceOf(r, "Lipovoye"), nullptr);
  // A lone word before a speech verb whose places are all villages speaks
  // (data/geo/speech_verbs.txt); not a town, nor a name after a preposition.
  EXPECT_EQ(PlaceOf(ResolveText(*world_, "Asked about it, Lipovoye said the front held."), "Lipovoye"), nullptr);
  EXPECT_NE(PlaceOf(ResolveText(*world_, "A commander who led troops into Lipovoye said so."), "Lipovoye"), nullptr);
  EXPECT_NE(PlaceOf(ResolveText(*world_, "Kramatorsk said the front held."), "Kramatorsk"), nullptr);
  // Ukrainian given names too (data/geo/given_names.txt).
  for (const char* text : {"Kyrylo Lipovoye said the front held.", "Hennadiy Lipovoye said the front held.",
                           "Tetiana Lipovoye said the front held."}) {
    EXPECT_EQ(PlaceOf(ResolveText(*world_, text), "Lipovoye"), nullptr) << text;
  }
  // A full name set off by commas before the verb, its given name unknown.
  EXPECT_EQ(PlaceOf(ResolveText(*world_, "The head of intelligence, Kyrillo Lipovoye, predicted a fall."), "Lipovoye"),
            nullptr);
  EXPECT_NE(PlaceOf(ResolveText(*world_, "Troops entered Lipovoye, said the head of intelligence."), "Lipovoye"),
            nullptr);
  r = ResolveText(*world_, "Troops entered Lipovoye.");
  EXPECT_NE(PlaceOf(r, "Lipovoye"), nullptr);
  // A given name before its surname past an editor's bracket.
  EXPECT_EQ(PlaceOf(ResolveText(*world_, "It was done so that [President Vladimir] Zelensky could boast."), "Vladimir"),
            nullptr);
  EXPECT_NE(PlaceOf(ResolveText(*world_, "Drones flew toward Vladimir. Zelensky spoke later."), "Vladimir"), nullptr);
}

// A works named in an adjective is no settlement: "the Kurakhovska Thermal
// Power Plant" (Kurakhivka, a village, has that spelling too), "the
// Kurakhovska TPP"; a village's own adjectival name before a works stays the
// village.
TEST(ResolverWorksTest, WorksNamedInAnAdjectiveAreNoPlaces) {
  const std::string gn =
      testing::GeoNamesRow("1", "Zarichne", "Zarichne", 48.10, 37.60, "PPL", "05", 1200) +
      testing::GeoNamesRow("2", "Kurakhivka", "Kurakhovska", 48.03, 37.37, "PPL", "05", 900) +
      testing::GeoNamesRow("3", "Marine", "Marine", 49.50, 37.50, "PPL", "07", 300);
  std::unique_ptr<Gazetteer> world(testing::BuildWorld(gn, ""));
  ASSERT_NE(world, nullptr);
  EXPECT_EQ(testing::NameOf(*world, "Troops entered the village of Kurakhovska.", "Kurakhovska"), "Kurakhivka");
  EXPECT_TRUE(testing::ResolveText(*world, "Units neared the Kurakhovska Thermal Power Plant.").mentions.empty());
  EXPECT_TRUE(testing::ResolveText(*world, "Troops raised a flag over the Kurakhovska TPP.").mentions.empty());
  EXPECT_EQ(testing::NameOf(*world, "Miners left the Zarichne Mine.", "Zarichne"), "Zarichne");
  // A marine is a soldier after an article or a side; the village stays.
  EXPECT_TRUE(testing::ResolveText(*world, "Earlier, a Ukrainian Marine spoke about the losses.").mentions.empty());
  EXPECT_EQ(testing::NameOf(*world, "Troops attacked near Zarichne, Marine and Kurakhovska.", "Marine"), "Marine");
}

TEST_F(ResolverTest, RiversUnitsAndOutletsAreNotPlaces) {
  struct Case {
    const char* text;
    bool place;  // is "Toretsk" (or its twin Dzerzhinsk) a settlement mention?
  } cases[] = {
      {"Troops crossed the Toretsk River at dawn.", false},
      {"Troops crossed the Upper Toretsk River at dawn.", false},
      {"Water left the Toretsk reservoir.", false},
      {"The town lies near the Toretsk hydroelectric dam.", false},
      {"A battle took place at Cape Toretsk in the morning.", false},
      {"Boats patrolled the river Toretsk.", false},
      {"Troops crossed the river near Toretsk.", true},
      // The town's own name before a works is the town.
      {"Shelling hit the Toretsk Coke Plant.", true},
      // A name the text calls a river is the river elsewhere too, unless
      // called a settlement there.
      {"The bridgehead lies on the bank of the Toretsk River. Zakhidne is 4 km west of Toretsk.", false},
      {"Boats patrolled the river Toretsk. The village of Toretsk was quiet.", true},
      {"Boats patrolled the Toretsk River. Units left Toretsk, a satellite city of Kramatorsk.", true},
      {"Troops reached the Toretsk River. Fighting continues near Toretsk.", true},
      {"Shelling also hit Toretsk village. Troops crossed the Toretsk River.", true},
      // A river is crossed, a town entered; regions listed so stay regions.
      {"The enemy has no crossings across the Toretsk there.", false},
      {"Boats tried to cross the Toretsk at night.", false},
      {"Troops crossed into Toretsk at night.", true},
      {"Russian forces launched attacks across the Toretsk direction.", true},
      {"Troops entered Toretsk. The river was calm.", true},
      {"Fighters of the Toretsk Brigade moved north.", false},
      {"The Toretsk Post reported it first.", false},
      {"The brigade moved to Toretsk.", true},
      {"Units of the \u2018Toretsk\u2019 formation advanced.", false},
      {"The coast is washed by the Toretsk and Black seas.", false},
      {"Veselivka of the Toretsk community was shelled.", false},
      {"TORETSK, May 21. /TASS/. The front is quiet.", false},
      {"TORETSK (Sputnik) - The front is quiet.", false},
      {"Toretsk, the town, is quiet.", true},
      {"The spokesman for the Toretsk military unit said the front held.", false},
      {"The Operational Command \u2018Toretsk\u2019 claims the front held.", false},
      {"The Operational Command 'Toretsk' claims the front held.", false},
      {"The spokesperson of the operational-strategic grouping of troops (OSUV) \"Toretsk,\" spoke.", false},
      {"The spokesman for the grouping of troops \"Toretsk\" spoke on TV.", false},
      {"The grouping of forces 'Toretsk' claims the front held.", false},
      {"The military unit near Toretsk said the front held.", true},
      {"The spokesman for the Toretsk municipal district administration said the front held.", false},
      {"The head of the Toretsk civil administration said the front held.", false},
      {"A crew of the Toretsk National Guard destroyed a tank.", false},
      {"Men with Toretsk chevrons were seen there.", false},
      {"The spokesperson for the Toretsk Operational and Tactical Group said so.", false},
      {"OC \"Toretsk\" (East) said the front held.", false},
      {"Shelling hit Kramatorsk and Toretsk overnight.", true},
      {"Shelling hit TORETSK overnight.", true},  // capitals alone are no dateline
      {"A spokesman for the Toretsk operational and strategic grouping spoke.", false},
      {"The \u201CToretsk\u201D Operational-Strategic Grouping of Troops said the front held.", false},
      {"Boats moved along the Toretsk basin.", false},
      {"The head of the Toretsk OVA urged residents to stay calm.", false},
      {"A spokesperson for the Toretsk ground forces formation reported it.", false},
      {"It was stated by the Toretsk troop group in a post.", false},
      {"Boats crossed to the right bank of Toretsk near the bridge.", false},
      {"The Toretsk operational-strategic troop grouping said the front held.", false},
      {"Toretsk troop positions were shelled.", true},
  };
  for (const auto& c : cases) {
    auto r = ResolveText(*world_, c.text);
    // Any mention of Toretsk, whatever its case or spelling.
    bool found = false;
    for (const Mention& m : r.mentions) found |= m.place >= 0 && r.places[m.place].name == "Toretsk";
    EXPECT_EQ(found, c.place) << c.text;
  }
}

TEST_F(ResolverTest, MentionsAreCompleteAndInTextOrder) {
  std::string text = "From Kramatorsk to the DPR and on to Toretsk.";
  auto r = ResolveText(*world_, text);
  ASSERT_EQ(r.mentions.size(), 3u);
  for (size_t i = 0; i < r.mentions.size(); ++i) {
    const Mention& m = r.mentions[i];
    EXPECT_EQ(text.substr(m.span.begin, m.span.size()), m.surface);
    if (i) EXPECT_LT(r.mentions[i - 1].span.begin, m.span.begin);
  }
  EXPECT_EQ(r.mentions[1].surface, "DPR");
}

TEST_F(ResolverTest, VerboseListsBeatenCandidates) {
  auto r = ResolveText(*world_, "Malinovka is 15 km from Kramatorsk.", /*verbose=*/true);
  const ResolvedPlace* p = PlaceOf(r, "Malinovka");
  ASSERT_NE(p, nullptr);
  ASSERT_GE(p->beaten.size(), 2u);
  EXPECT_NE(p->beaten[1].find("beaten"), std::string::npos);
  EXPECT_GT(p->confidence, 0.5);
}

TEST_F(ResolverTest, FindKeyFindsEveryKeyAndNothingElse) {
  for (uint32_t k = 0; k < world_->key_count(); ++k) EXPECT_EQ(world_->FindKey(world_->key(k)), k);
  EXPECT_EQ(world_->FindKey("nowhere"), -1);
  EXPECT_EQ(world_->FindKey("kramators"), -1);  // a key's prefix
  EXPECT_EQ(world_->FindKey("chasiv"), -1);     // the first word of a two-word key
  EXPECT_EQ(world_->FindKey(""), -1);
}

TEST_F(ResolverTest, MaxKeyWordsFromTheFirstWord) {
  EXPECT_EQ(world_->MaxKeyWordsFrom("chasiv"), 2);
  EXPECT_EQ(world_->MaxKeyWordsFrom("velyka"), 2);
  EXPECT_EQ(world_->MaxKeyWordsFrom("kramatorsk"), 1);  // a one-word key
  EXPECT_EQ(world_->MaxKeyWordsFrom("yar"), 1);         // second words start nothing
  EXPECT_EQ(world_->MaxKeyWordsFrom("nowhere"), 1);
  // "<stem> region" keys of regions, by stem.
  ASSERT_GE(world_->RegionOfStem("donetsk"), 0);
  EXPECT_EQ(world_->entry(static_cast<uint32_t>(world_->RegionOfStem("donetsk"))).kind, PlaceKind::kRegion);
  EXPECT_EQ(world_->RegionOfStem("kramatorsk"), -1);
  EXPECT_EQ(world_->RegionOfStem(""), -1);
  // A capitalised word opens the range scanned; a lower-case one does not.
  EXPECT_NE(PlaceOf(ResolveText(*world_, "Shelling hit Chasiv Yar."), "Chasiv Yar"), nullptr);
  EXPECT_EQ(PlaceOf(ResolveText(*world_, "the chasiv yar road was cut."), "chasiv yar"), nullptr);
}

TEST_F(ResolverTest, SaveAndLoadRoundTrip) {
  std::string path = ::testing::TempDir() + "/geo_roundtrip.bin";
  ASSERT_TRUE(world_->Save(path).ok());
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ((*g)->size(), world_->size());
  EXPECT_EQ((*g)->key_count(), world_->key_count());
  auto r = ResolveText(**g, "Shelling in Dzerzhinsk.");
  ASSERT_NE(PlaceOf(r, "Dzerzhinsk"), nullptr);
  EXPECT_EQ(PlaceOf(r, "Dzerzhinsk")->name, "Toretsk");
  EXPECT_FALSE(Gazetteer::Load(path + ".missing").ok());
}

TEST_F(ResolverTest, DamagedGazetteerIsCorruptionNotACrash) {
  std::string path = ::testing::TempDir() + "/geo_damaged.bin";
  ASSERT_TRUE(world_->Save(path).ok());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  ASSERT_GT(bytes.size(), 64u);
  auto write = [&](const std::string& b) { std::ofstream(path, std::ios::binary | std::ios::trunc) << b; };
  const std::string damaged[] = {"", "SITGAZ", bytes.substr(0, bytes.size() / 2), "XXXXXXXX" + bytes.substr(8),
                                 bytes + "trailing", "SITGAZ01" + bytes.substr(8)};
  for (const std::string& b : damaged) {
    write(b);
    auto g = Gazetteer::Load(path);
    ASSERT_FALSE(g.ok()) << "size " << b.size();
    EXPECT_NE(g.status().message().find(path), std::string::npos) << g.status().message();
  }
  // An older format says so.
  EXPECT_NE(Gazetteer::Load(path).status().message().find("format 01"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::geo
