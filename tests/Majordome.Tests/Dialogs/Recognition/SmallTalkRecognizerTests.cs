using Majordome.Dialogs.Recognition;

namespace Majordome.Tests.Dialogs.Recognition;

public class SmallTalkRecognizerTests
{
    [Theory]
    [InlineData("ok merci", SmallTalkKind.Thanks)]
    [InlineData("Merci beaucoup !", SmallTalkKind.Thanks)]
    [InlineData("thanks", SmallTalkKind.Thanks)]
    [InlineData("ok, thank you so much", SmallTalkKind.Thanks)]
    [InlineData("bye", SmallTalkKind.Goodbye)]
    [InlineData("merci, au revoir", SmallTalkKind.Goodbye)]
    [InlineData("Bonne journée !", SmallTalkKind.Goodbye)]
    [InlineData("you're a bot?", SmallTalkKind.AreYouABot)]
    [InlineData("Tu es un robot ?", SmallTalkKind.AreYouABot)]
    [InlineData("am I talking to a human?", SmallTalkKind.AreYouABot)]
    [InlineData("salut, ça va ?", SmallTalkKind.HowAreYou)]
    [InlineData("how are you", SmallTalkKind.HowAreYou)]
    [InlineData("ok", SmallTalkKind.Acknowledgement)]
    [InlineData("d'accord, super", SmallTalkKind.Acknowledgement)]
    public void Recognize_SmallTalkAlone_GivesItsKind(string text, SmallTalkKind expected)
    {
        Assert.Equal(expected, SmallTalkRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("merci, et pour la livraison ?")]
    [InlineData("thanks, how much is delivery?")]
    [InlineData("ok pour 4 personnes")]
    [InlineData("Jean Dupont")]
    [InlineData("bonjour")]
    [InlineData("")]
    [InlineData(null)]
    public void Recognize_MessageWithContent_IsNotSmallTalk(string? text)
    {
        Assert.Null(SmallTalkRecognizer.Recognize(text));
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings.All), MemberType = typeof(NaughtyStrings))]
    public void Recognize_NaughtyStrings_NeverThrows(string? text)
    {
        _ = SmallTalkRecognizer.Recognize(text);
    }
}
