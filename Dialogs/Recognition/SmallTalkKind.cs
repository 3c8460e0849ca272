namespace Majordome.Dialogs.Recognition;

/// <summary>The kinds of small talk <see cref="SmallTalkRecognizer"/> knows, each with a short reply of its own.</summary>
public enum SmallTalkKind
{
    /// <summary>"ok", "d'accord", "super", "got it": noted, nothing asked.</summary>
    Acknowledgement,

    /// <summary>"merci", "ok merci", "thanks a lot".</summary>
    Thanks,

    /// <summary>"au revoir", "bye", "bonne journée".</summary>
    Goodbye,

    /// <summary>"tu es un robot ?", "you're a bot?", "am I talking to a human?".</summary>
    AreYouABot,

    /// <summary>"ça va ?", "how are you?".</summary>
    HowAreYou,
}
