#include "geo/variant_rules.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "geo/match_key.h"
#include "util/data_path.h"

namespace sitrep::geo {
namespace {

class VariantRulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = VariantRules::Load(DataPath("geo"));
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    rules_ = std::move(*r);
  }
  bool HasRussian(const char* uk, const char* ru) {
    auto forms = rules_->RussianForms(uk);
    return std::find(forms.begin(), forms.end(), ru) != forms.end();
  }
  bool HasSpelling(const char* uk, const char* latin) {
    for (auto& [s, f] : rules_->SpellingsOfUkrainian(uk)) {
      if (MatchKey(s) == MatchKey(latin)) return true;
    }
    return false;
  }
  std::unique_ptr<VariantRules> rules_;
};

// One case per rule of data/geo/ru_forms.tsv.
TEST_F(VariantRulesTest, RussianFormRules) {
  struct Case { const char* uk; const char* ru; const char* rule; } cases[] = {
      {"Малинівка", "малиновка", "suffix івка -> овка"},
      {"Андріївка", "андреевка", "suffix іївка -> еевка"},
      {"Калинове", "калиново", "suffix ове -> ово"},
      {"Калинове", "калиновое", "suffix ове -> овое"},
      {"Очеретине", "очеретино", "suffix ине -> ино"},
      {"Зелене", "зеленое", "suffix не -> ное"},
      {"Вовчанськ", "вовчанск", "suffix ськ -> ск"},
      {"Торецьк", "торецк", "suffix цьк -> цк"},
      {"Лиман", "лиман", "no rule"},
      {"Костянтинівка", "константиновка", "stem костянтин -> константин"},
      {"Олександрівка", "александровка", "stem олександр -> александр"},
      {"Олексіївка", "алексеевка", "stem олекс -> алекс"},
      {"Оленівка", "еленовка", "stem олен -> елен"},
      {"Катеринівка", "екатериновка", "stem катерин -> екатерин"},
      {"Катеринівка", "катериновка", "stem катерин -> катерин, its second form"},
      {"Іллінка", "ильинка", "stem іллін -> ильин"},
      {"Новоолександрівка", "новоалександровка", "prefix ново, then stem олександр -> александр"},
      {"Староолексіївка", "староалексеевка", "prefix старо, then stem олекс -> алекс"},
      {"Верхньокам'янське", "верхнекаменское", "prefix верхньо -> верхне, then stem кам'ян"},
      {"Нижньоторецьке", "нижнеторецкое", "prefix нижньо -> нижне"},
      {"Великоолександрівка", "великоалександровка", "prefix велико, then a stem"},
      {"Малоолександрівка", "малоалександровка", "prefix мало, then a stem"},
      {"Новопіль", "новополь", "prefix ново leaves a rest with no stem rule whole"},
      {"Яблунівка", "яблоновка", "stem яблун -> яблон"},
      {"Мар'їнка", "марьинка", "char р' -> рь"},
      {"Дар'ївка", "дарьевка", "char р' -> рь after suffix ївка -> евка"},
      {"Біла Гора", "белая гора", "stem біл -> бел; an opening adjective's long ending"},
      {"Мирна Долина", "мирная долина", "an opening adjective's long ending"},
      {"Мирна Долина", "мирна долина", "... and its short one"},
      {"Козача Лопань", "казачья лопань", "word козача -> казачья"},
      {"Купʼянськ-Вузловий", "купянск-узловой", "stem вузл -> узл; suffix овий -> овой"},
      {"Вільне", "вольное", "stem вільн -> вольн"},
      {"Світлодарськ", "светлодарск", "stem світл -> светл"},
      {"Дніпровське", "днепровское", "stem дніпр -> днепр"},
      {"Лісне", "лесное", "stem лісн -> лесн"},
      {"Кам\u02BCянка", "каменка", "stem камʼян -> камен"},
      {"Нова Полтавка", "новая полтавка", "word нова -> новая"},
      {"Новий Світ", "новый свит", "word новий; char і -> и"},
      {"Їжаківка", "ижаковка", "char ї -> и"},
      {"Єлизаветівка", "елизаветовка", "char є -> е"},
      {"Ґалаґанівка", "галагановка", "char ґ -> г"},
      {"Слов'янськ", "словянск", "char ' removed"},
      {"Білогірка", "белогорка", "stem біло -> бело; suffix гірка -> горка"},
      {"Новопіль", "новополь", "suffix піль -> поль"},
      {"Новопіль", "новополе", "suffix піль -> поле"},
      {"Затишшя", "затишье", "suffix шшя -> шье"},
      {"Узбіччя", "узбичье", "suffix ччя -> чье"},
      {"Запоріжжя", "запорижье", "suffix жжя -> жье"},
      {"Залужжя", "залужье", "suffix жжя -> жье"},
      {"Поріззя", "поризье", "suffix ззя -> зье"},
      {"Підгілля", "пидгилье", "suffix лля -> лье"},
      {"Полісся", "полисье", "suffix сся -> сье"},
      {"Заплавння", "заплавнье", "suffix ння -> нье"},
      {"Залиття", "залитье", "suffix ття -> тье"},
      {"Заводдя", "заводье", "suffix ддя -> дье"},
  };
  for (const auto& c : cases) EXPECT_TRUE(HasRussian(c.uk, c.ru)) << c.uk << " -> " << c.ru << " (" << c.rule << ")";
}

// A village in -ське keeps its neuter ending in Russian: Покровське is
// Покровское, never the spelling of the city Pokrovsk (Покровськ).
TEST_F(VariantRulesTest, NeuterAdjectiveNamesKeepTheirEnding) {
  EXPECT_TRUE(HasRussian("Покровське", "покровское"));
  EXPECT_FALSE(HasRussian("Покровське", "покровск"));
  EXPECT_FALSE(HasSpelling("Покровське", "Pokrovsk"));
}

TEST_F(VariantRulesTest, Romanisations) {
  EXPECT_EQ(rules_->UkrainianNational("Костянтинівка"), "kostiantynivka");
  EXPECT_EQ(rules_->UkrainianNational("Єнакієве"), "yenakiieve");
  EXPECT_EQ(rules_->UkrainianNational("Згурівка"), "zghurivka");
  EXPECT_EQ(rules_->UkrainianNational("Гуляйполе"), "huliaipole");
  EXPECT_EQ(MatchKey(rules_->UkrainianBgn("Костянтинівка")), "kostyantynivka");
  EXPECT_EQ(MatchKey(rules_->RussianBgn("Калиновое")), "kalinovoye");
  EXPECT_EQ(MatchKey(rules_->RussianSimple("Калиновое")), "kalinovoe");
  EXPECT_EQ(MatchKey(rules_->RussianSimple("Новый")), "novy");
  // A soft sign before е/и: y, as the news writes it.
  EXPECT_EQ(MatchKey(rules_->RussianSimple("Ильинка")), "ilyinka");
  EXPECT_EQ(MatchKey(rules_->RussianSimple("Васильевка")), "vasilyevka");
}

TEST_F(VariantRulesTest, NewsSpellingsOfUkrainianNames) {
  EXPECT_TRUE(HasSpelling("Калинове", "Kalinovo"));
  EXPECT_TRUE(HasSpelling("Калинове", "Kalinovoye"));
  EXPECT_TRUE(HasSpelling("Очеретине", "Ocheretino"));
  EXPECT_TRUE(HasSpelling("Веселе", "Veseloye"));  // -ле, -ке, -ре, -де: -ое
  EXPECT_TRUE(HasSpelling("Гуляй Поле", "Gulyay Pole"));  // not "Poloye"
  EXPECT_FALSE(HasSpelling("Гуляй Поле", "Gulyay Poloye"));
  EXPECT_TRUE(HasSpelling("Новогродівка", "Novogrodovka"));
  EXPECT_TRUE(HasSpelling("Костянтинівка", "Konstantinovka"));
  EXPECT_TRUE(HasSpelling("Малинівка", "Malinovka"));
  EXPECT_TRUE(HasSpelling("Гуляйполе", "Gulyaypole"));
  EXPECT_TRUE(HasSpelling("Затишшя", "Zatishye"));
  // "й" after a vowel as news often writes it, besides the BGN "y".
  EXPECT_TRUE(HasSpelling("Михайлівка", "Mikhailovka"));
  EXPECT_TRUE(HasSpelling("Михайлівка", "Mikhaylovka"));
  EXPECT_TRUE(HasSpelling("Новомихайлівка", "Novomikhailovka"));
  // "е" after a vowel as Ukrainian outlets write a Russian name ("ie").
  EXPECT_TRUE(HasSpelling("Строївка", "Stroievka"));
  EXPECT_TRUE(HasSpelling("Строївка", "Stroevka"));
  EXPECT_TRUE(HasSpelling("Микільське", "Nikolskoye"));  // Mykola = Nikolai
  // Ye- of the Russian root; a soft sign before е/и written y.
  EXPECT_TRUE(HasSpelling("Катеринівка", "Yekaterinovka"));
  EXPECT_TRUE(HasSpelling("Катеринівка", "Katerinovka"));
  EXPECT_TRUE(HasSpelling("Іллінка", "Ilyinka"));
  // An apostrophe before ї read as i.
  EXPECT_TRUE(HasSpelling("Мар'їнка", "Mariyinka"));
  EXPECT_TRUE(HasSpelling("Мар'їнка", "Maryinka"));
  EXPECT_FALSE(HasSpelling("Мар'янівка", "Mariyanivka"));
}

// The national romanisation read back to Cyrillic; a former name given in
// Latin only gets its other romanisations and Russian news spellings from that.
TEST_F(VariantRulesTest, LatinNamesReadBack) {
  const std::pair<const char*, const char*> cases[] = {
      {"Pobieda", "побєда"},          {"Pervomaiske", "первомайське"}, {"Andriivka", "андріївка"},
      {"Serhii", "сергій"},           {"Kyiv", "київ"},                {"Yasnohorivka", "ясногорівка"},
      {"Zhelanne Druhe", "желанне друге"}, {"Pokrovsk", "покровськ"}, {"Skadovsk", "скадовськ"},
      {"Shcherbakivka", "щербаківка"}, {"Kramatorsk", "краматорськ"}, {"Novoiehorivka", "новоєгорівка"},
  };
  for (const auto& [latin, want] : cases) EXPECT_EQ(CyrillicOfUkrainianNational(latin), want) << latin;
  auto has = [&](const char* latin, const char* news) {
    for (auto& [s, f] : rules_->SpellingsOfLatin(latin)) {
      if (MatchKey(s) == MatchKey(news)) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("Pobieda", "Pobeda"));
  EXPECT_TRUE(has("Pervomaiske", "Pervomayskoye"));
  EXPECT_TRUE(has("Krasnohorivka", "Krasnogorovka"));
  EXPECT_TRUE(has("Pervomaiske", "Pervomayske"));
  EXPECT_TRUE(has("Pervomaiske", "Pervomays'ke"));
}

TEST_F(VariantRulesTest, AdjectiveRules) {
  auto has = [&](const char* key, const char* adj) {
    auto a = rules_->Adjectives(key);
    return std::find(a.begin(), a.end(), adj) != a.end();
  };
  EXPECT_TRUE(has("konstantinovka", "konstantinovsky"));
  EXPECT_TRUE(has("konstantinovka", "konstantinovskaya"));
  EXPECT_TRUE(has("kramatorsk", "kramatorsky"));
  EXPECT_TRUE(has("kramatorsk", "kramatorskiy"));
  EXPECT_TRUE(has("kalinovo", "kalinovsky"));
  EXPECT_TRUE(has("ocheretino", "ocheretinsky"));
  EXPECT_TRUE(has("gulyaypole", "gulyaypolsky"));
  EXPECT_TRUE(has("myrnohrad", "myrnohradskyi"));
  EXPECT_TRUE(has("orekhov", "orekhovskoe"));
  EXPECT_TRUE(has("orikhiv", "orikhivskyi"));
  EXPECT_TRUE(rules_->Adjectives("nova kakhovka").empty());
}

}  // namespace
}  // namespace sitrep::geo
