using System.Globalization;
using Majordome.Bot;

namespace Majordome.Tests.Bot;

public sealed class TurnCultureTests
{
    [Fact]
    public void A_fresh_culture_set_by_the_framework_is_replaced_by_the_cached_one_of_the_same_name()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");

            TurnCulture.UseCachedCulture();

            Assert.Same(CultureInfo.GetCultureInfo("fr-FR"), CultureInfo.CurrentCulture);
            Assert.Equal("12,5", 12.5m.ToString(CultureInfo.CurrentCulture));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void A_customised_culture_is_left_alone()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            var custom = new CultureInfo("fr-FR");
            custom.NumberFormat.NumberDecimalSeparator = "·";
            CultureInfo.CurrentCulture = CultureInfo.ReadOnly(custom);

            TurnCulture.UseCachedCulture();

            Assert.Equal("12·5", 12.5m.ToString(CultureInfo.CurrentCulture));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
