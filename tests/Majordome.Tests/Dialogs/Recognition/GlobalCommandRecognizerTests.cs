using Majordome.Dialogs.Recognition;

namespace Majordome.Tests.Dialogs.Recognition;

public class GlobalCommandRecognizerTests
{
    [Theory]
    [InlineData("help", GlobalCommandKind.Help)]
    [InlineData("Help!", GlobalCommandKind.Help)]
    [InlineData("aide", GlobalCommandKind.Help)]
    [InlineData("À l'aide", GlobalCommandKind.Help)]
    [InlineData("?", GlobalCommandKind.Help)]
    [InlineData(" ??? ", GlobalCommandKind.Help)]
    [InlineData("je ne comprends pas", GlobalCommandKind.Help)]
    [InlineData("Je comprends pas...", GlobalCommandKind.Help)]
    [InlineData("what can you do?", GlobalCommandKind.Help)]
    [InlineData("que pouvez-vous faire ?", GlobalCommandKind.Help)]
    [InlineData("I don't understand", GlobalCommandKind.Help)]
    [InlineData("cancel", GlobalCommandKind.Cancel)]
    [InlineData("Annuler", GlobalCommandKind.Cancel)]
    [InlineData("annule", GlobalCommandKind.Cancel)]
    [InlineData("STOP", GlobalCommandKind.Cancel)]
    [InlineData("arrête", GlobalCommandKind.Cancel)]
    [InlineData("laisse tomber", GlobalCommandKind.Cancel)]
    [InlineData("forget it", GlobalCommandKind.Cancel)]
    [InlineData("never mind", GlobalCommandKind.Cancel)]
    [InlineData("annuler s'il vous plaît", GlobalCommandKind.Cancel)]
    [InlineData("je voudrais annuler", GlobalCommandKind.Cancel)]
    [InlineData("please cancel", GlobalCommandKind.Cancel)]
    [InlineData("start over", GlobalCommandKind.StartOver)]
    [InlineData("restart", GlobalCommandKind.StartOver)]
    [InlineData("recommencer", GlobalCommandKind.StartOver)]
    [InlineData("on recommence", GlobalCommandKind.StartOver)]
    [InlineData("reprendre à zéro", GlobalCommandKind.StartOver)]
    [InlineData("let's start over", GlobalCommandKind.StartOver)]
    [InlineData("back", GlobalCommandKind.Back)]
    [InlineData("go back", GlobalCommandKind.Back)]
    [InlineData("retour", GlobalCommandKind.Back)]
    [InlineData("revenir", GlobalCommandKind.Back)]
    [InlineData("précédent", GlobalCommandKind.Back)]
    [InlineData("question précédente", GlobalCommandKind.Back)]
    [InlineData("previous", GlobalCommandKind.Back)]
    [InlineData("menu", GlobalCommandKind.Menu)]
    [InlineData("Main menu", GlobalCommandKind.Menu)]
    [InlineData("menu principal", GlobalCommandKind.Menu)]
    [InlineData("accueil", GlobalCommandKind.Menu)]
    [InlineData("home", GlobalCommandKind.Menu)]
    [InlineData("retour au menu", GlobalCommandKind.Menu)]
    [InlineData("English please", GlobalCommandKind.SwitchToEnglish)]
    [InlineData("in English", GlobalCommandKind.SwitchToEnglish)]
    [InlineData("speak English", GlobalCommandKind.SwitchToEnglish)]
    [InlineData("en anglais", GlobalCommandKind.SwitchToEnglish)]
    [InlineData("anglais", GlobalCommandKind.SwitchToEnglish)]
    [InlineData("can we speak english?", GlobalCommandKind.SwitchToEnglish)]
    [InlineData("en français", GlobalCommandKind.SwitchToFrench)]
    [InlineData("Français", GlobalCommandKind.SwitchToFrench)]
    [InlineData("francais svp", GlobalCommandKind.SwitchToFrench)]
    [InlineData("French please", GlobalCommandKind.SwitchToFrench)]
    [InlineData("in French", GlobalCommandKind.SwitchToFrench)]
    [InlineData("parle français", GlobalCommandKind.SwitchToFrench)]
    [InlineData("human", GlobalCommandKind.Human)]
    [InlineData("agent", GlobalCommandKind.Human)]
    [InlineData("talk to a person", GlobalCommandKind.Human)]
    [InlineData("un humain", GlobalCommandKind.Human)]
    [InlineData("un conseiller", GlobalCommandKind.Human)]
    [InlineData("parler à quelqu'un", GlobalCommandKind.Human)]
    [InlineData("Bonjour, je voudrais parler à un conseiller s'il vous plaît", GlobalCommandKind.Human)]
    [InlineData("can I talk to a human please", GlobalCommandKind.Human)]
    [InlineData("non laissez tomber", GlobalCommandKind.Cancel)]
    [InlineData("Non, annuler", GlobalCommandKind.Cancel)]
    [InlineData("no, go back", GlobalCommandKind.Back)]
    [InlineData("en fait, menu", GlobalCommandKind.Menu)]
    [InlineData("actually never mind", GlobalCommandKind.Cancel)]
    public void Recognize_WholeMessageCommand_ReturnsKind(string text, GlobalCommandKind expected)
    {
        Assert.Equal(expected, GlobalCommandRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("je voudrais annuler ma commande")]
    [InlineData("I want to cancel my order")]
    [InlineData("comment revenir à la boutique ?")]
    [InlineData("the back of the package")]
    [InlineData("le menu dégustation")]
    [InlineData("avez-vous de l'aide à la livraison")]
    [InlineData("mon conseiller habituel est Paul")]
    [InlineData("stop au gaspillage")]
    [InlineData("une personne")]
    [InlineData("merci")]
    [InlineData("please")]
    [InlineData("bonjour, je voudrais une table")]
    [InlineData("oui")]
    [InlineData("!!!")]
    [InlineData("je veux")]
    [InlineData("non merci")]
    [InlineData("no thanks")]
    [InlineData("non")]
    [InlineData("en fait je voudrais annuler ma réservation")]
    public void Recognize_AnswerContainingACommandWord_ReturnsNull(string text)
    {
        Assert.Null(GlobalCommandRecognizer.Recognize(text));
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings.All), MemberType = typeof(NaughtyStrings))]
    public void Recognize_NaughtyString_ReturnsNull(string? text)
    {
        Assert.Null(GlobalCommandRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("bonjour")]
    [InlineData("Bonjour !")]
    [InlineData("salut")]
    [InlineData("Hello")]
    [InlineData("hi there")]
    [InlineData("good evening")]
    public void Recognize_GreetingAlone_IsAGreeting(string text)
    {
        Assert.Equal(GlobalCommandKind.Greeting, GlobalCommandRecognizer.Recognize(text));
    }
}
