namespace Majordome.Tests.Bot.Content;

/// <summary>Every rule of brand.yaml names the file, line, column and field of the problem.</summary>
public sealed class BrandSettingsValidationTests : IDisposable
{
    private const string File = "brand.yaml";

    private readonly TempBrandFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_FeeWrittenAsText_AsksForANumber()
    {
        _folder.Write(File, TempBrandFolder.Brand.With("fee: 4.90", "fee: quatre euros"));

        ProblemAssert.At(_folder.SingleProblem(), File, 5, 8, "delivery.fee", "expected a number (like 4.90) but found \"quatre euros\".");
    }

    [Fact]
    public void Load_FeeWithDecimalComma_AsksForADot()
    {
        _folder.Write(File, TempBrandFolder.Brand.With("fee: 4.90", "fee: 4,90"));

        ProblemAssert.At(_folder.SingleProblem(), File, 5, 8, "delivery.fee", "write decimals with a dot, like 4.90, not \"4,90\".");
    }

    [Fact]
    public void Load_NegativeFee_ReportsIt()
    {
        _folder.Write(File, TempBrandFolder.Brand.With("fee: 4.90", "fee: -4.90"));

        ProblemAssert.At(_folder.SingleProblem(), File, 5, 8, "delivery.fee", "the delivery fee cannot be negative (found -4.90).");
    }

    [Fact]
    public void Load_PartySizeAsText_AsksForAWholeNumber()
    {
        _folder.Write(File, TempBrandFolder.Brand.With("max_party_size: 8", "max_party_size: huit"));

        ProblemAssert.At(_folder.SingleProblem(), File, 11, 19, "booking.max_party_size", "expected a whole number (like 12) but found \"huit\".");
    }

    [Fact]
    public void Load_ZeroHorizon_AsksForAtLeastOne()
    {
        _folder.Write(File, TempBrandFolder.Brand.With("horizon_days: 60", "horizon_days: 0"));

        ProblemAssert.At(_folder.SingleProblem(), File, 10, 17, "booking.horizon_days", "must be at least 1 (found 0).");
    }

    [Fact]
    public void Load_OtherCurrency_ExplainsOnlyEurosAreSupported()
    {
        _folder.Write(File, TempBrandFolder.Brand.With("currency: EUR", "currency: USD"));

        ProblemAssert.At(_folder.SingleProblem(), File, 3, 11, "currency", "only EUR is supported");
    }

    [Fact]
    public void Load_OtherLanguage_AsksForFrenchOrEnglish()
    {
        _folder.Write(File, TempBrandFolder.Brand.With("default_language: fr", "default_language: de"));

        ProblemAssert.At(_folder.SingleProblem(), File, 2, 19, "default_language", "the default language must be \"fr\" or \"en\", not \"de\".");
    }

    [Fact]
    public void Load_MisspeltTopLevelSection_SuggestsItAndReportsItMissing()
    {
        _folder.Write(File, TempBrandFolder.Brand.With("delivery:", "delivry:"));

        var problems = _folder.Problems();

        Assert.Equal(2, problems.Count);
        ProblemAssert.At(problems[0], File, 1, 1, "delivery", "\"delivery\" is missing.");
        ProblemAssert.At(problems[1], File, 4, 1, "delivry", "unknown field \"delivry\": did you mean \"delivery\"?");
    }
    [Fact]
    public void Load_CupsPerDayAsText_NamesFileLineAndField()
    {
        _folder.Write(File, TempBrandFolder.Brand + "\nreminders:\n  cups_per_day: deux\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 14, 17, "reminders.cups_per_day", "expected a number (like 4.90) but found \"deux\".");
    }

    [Fact]
    public void Load_ZeroCupsPerDay_AsksForMoreThanZero()
    {
        _folder.Write(File, TempBrandFolder.Brand + "\nreminders:\n  cups_per_day: 0\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 14, 17, "reminders.cups_per_day", "must be more than 0 and at most 50 cups a day (found 0).");
    }

    [Fact]
    public void Load_CupsPerDay_IsTheReorderDefault()
    {
        _folder.Write(File, TempBrandFolder.Brand + "\nreminders:\n  cups_per_day: 3.5\n");

        Assert.Equal(3.5m, _folder.Load().Settings.ReorderCupsPerDay);
    }

    [Fact]
    public void Load_NoReminders_DefaultsToTwoCupsADay()
    {
        Assert.Equal(2m, _folder.Load().Settings.ReorderCupsPerDay);
    }
}
