using Microsoft.Extensions.Options;

namespace Majordome.Tests.Bot.Hosting;

/// <summary>A wrong configuration value stops the bot at start-up with a message naming the key.</summary>
public class OptionsValidationTests
{
    [Theory]
    [InlineData("Conversation:DefaultLanguage", "de", "Conversation:DefaultLanguage")]
    [InlineData("Conversation:DefaultTimeZone", "Mars/Olympus_Mons", "Conversation:DefaultTimeZone")]
    [InlineData("Storage:Provider", "Oracle", "Storage:Provider")]
    [InlineData("Brand:Name", "", "Brand:Name")]
    public void Start_WithInvalidValue_FailsNamingTheKey(string key, string value, string named)
    {
        var error = Assert.ThrowsAny<Exception>(() => new BotApplicationFactory(new Dictionary<string, string?> { [key] = value }).Dispose());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException
            ?? (error as AggregateException)?.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault();
        Assert.NotNull(validation);
        Assert.Contains(named, validation.Message);
    }
}
