// The surname key that ties "Sergei Ivanov", "Ivanov" and "IVANOV" together.
#include "extract/name_finder.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace sitrep::extract {
namespace {

TEST(NameFinderTest, SurnameKeyTable) {
  struct Case {
    std::string_view name, key;
  } cases[] = {
      {"Sergei Ivanov", "ivanov"},
      {"Ivanov", "ivanov"},
      {"Maj. Gen. Petro IVANENKO", "ivanenko"},
      {"Jean-Luc Picard", "picard"},
      {"", ""},
      {"Олег Петренко", "Петренко"},  // ASCII letters only are folded
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SurnameKey(c.name), c.key) << c.name;
    EXPECT_TRUE(HasSurnameKey(c.name, c.key)) << c.name;
  }
  EXPECT_FALSE(HasSurnameKey("Sergei Ivanov", "ivanova"));
  EXPECT_FALSE(HasSurnameKey("Sergei Ivanov", "ivano"));
  EXPECT_FALSE(HasSurnameKey("Ivanov Sergei", "ivanov"));
  EXPECT_FALSE(HasSurnameKey("Ivanov", ""));
}

}  // namespace
}  // namespace sitrep::extract
