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
        var error = Assert.ThrowsAny<Exception>(() => new BotApplicationFactory(new Dictionary<string, string?> { [key] = value }, kestrel: false).Dispose());

        var validation = Flatten(error).OfType<OptionsValidationException>().FirstOrDefault();
        Assert.True(validation is not null, $"Expected an options validation error, got: {error}");
        Assert.Contains(named, validation.Message);
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        yield return error;
        var inner = error is AggregateException aggregate ? aggregate.InnerExceptions : (IEnumerable<Exception>)(error.InnerException is null ? [] : [error.InnerException]);
        foreach (var child in inner.SelectMany(Flatten))
        {
            yield return child;
        }
    }
}
