using Majordome.Bot.Hosting;
using Majordome.Bot.Messenger;
using Microsoft.Extensions.Options;

namespace Majordome.Tests.Bot.Messenger;

public sealed class MessengerOptionsValidationTests
{
    private static MessengerOptions Valid() => new()
    {
        AppId = MetaFixtures.AppId,
        AppSecret = "secret",
        VerifyToken = "token",
        Pages = { new MessengerPageOptions { PageId = "1", AccessToken = "t1", InstagramAccountId = "ig1" }, new MessengerPageOptions { PageId = "2", AccessToken = "t2" } },
    };

    [Fact]
    public void Validate_NoAppSecret_IsValidAndDisabled()
    {
        var options = new MessengerOptions();

        Assert.True(new MessengerOptionsValidation().Validate(null, options).Succeeded);
        Assert.False(options.Enabled);
    }

    [Fact]
    public void Validate_CompleteConfiguration_Succeeds()
    {
        Assert.True(new MessengerOptionsValidation().Validate(null, Valid()).Succeeded);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11_000)]
    public void Validate_TypingDelayOutOfRange_NamesTheKey(int milliseconds)
    {
        var options = Valid();
        options.TypingDelay = TimeSpan.FromMilliseconds(milliseconds);

        var result = new MessengerOptionsValidation().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Messenger:TypingDelay must be between", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AppId", "Messenger:AppId is required")]
    [InlineData("VerifyToken", "Messenger:VerifyToken is required")]
    [InlineData("PageId", "Messenger:Pages:1:PageId is required")]
    [InlineData("AccessToken", "Messenger:Pages:1:AccessToken is required")]
    [InlineData("DuplicatePage", "Messenger:Pages:1:PageId 1 appears more than once")]
    [InlineData("DuplicateInstagram", "Messenger:Pages:1:InstagramAccountId ig1 appears more than once")]
    [InlineData("NoPages", "Messenger:Pages needs at least one page")]
    public void Validate_MissingOrDuplicateKey_NamesTheKey(string problem, string expected)
    {
        var options = Valid();
        switch (problem)
        {
            case "AppId": options.AppId = ""; break;
            case "VerifyToken": options.VerifyToken = " "; break;
            case "PageId": options.Pages[1].PageId = ""; break;
            case "AccessToken": options.Pages[1].AccessToken = ""; break;
            case "DuplicatePage": options.Pages[1].PageId = "1"; break;
            case "DuplicateInstagram": options.Pages[1].InstagramAccountId = "ig1"; break;
            case "NoPages": options.Pages.Clear(); break;
        }

        var result = new MessengerOptionsValidation().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_AppSecretWithoutVerifyToken_FailsWithTheKeyName()
    {
        var settings = MetaFixtures.Settings();
        settings["Messenger:VerifyToken"] = "";

        var error = Assert.ThrowsAny<Exception>(() => new BotApplicationFactory(settings).Dispose());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException
            ?? (error as AggregateException)?.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault();
        Assert.NotNull(validation);
        Assert.Contains("Messenger:VerifyToken", validation.Message, StringComparison.Ordinal);
    }
}
