using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Profile;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Dialogs.Localization;

public sealed class LanguageResolverTests
{
    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public void Resolve_FirstMessageTheWordsCannotTell_TakesTheLearnedGuess()
    {
        var profile = new UserProfile();

        var language = LanguageResolver.Resolve(profile, Message("Arpeggio x2"), "fr", _ => new LanguageGuess("en", 0.9));

        Assert.Equal("en", language);
        Assert.Equal("en", profile.Language);
    }

    [Fact]
    public void Resolve_LearnedGuessNotSureEnough_FallsBackToTheDefault()
    {
        var language = LanguageResolver.Resolve(new UserProfile(), Message("Arpeggio x2"), "fr", _ => new LanguageGuess("en", 0.6));

        Assert.Equal("fr", language);
    }

    [Fact]
    public void Resolve_WordsAreClear_IgnoreTheLearnedGuess()
    {
        var language = LanguageResolver.Resolve(new UserProfile(), Message("bonjour, je voudrais des capsules"), "en", _ => new LanguageGuess("en", 0.99));

        Assert.Equal("fr", language);
    }

    [Fact]
    public void Resolve_LaterMessage_NeverSwitchesOnTheLearnedGuessAlone()
    {
        var profile = new UserProfile { Language = "fr" };

        var language = LanguageResolver.Resolve(profile, Message("Arpeggio x2"), "fr", _ => new LanguageGuess("en", 0.99));

        Assert.Equal("fr", language);
    }
}
