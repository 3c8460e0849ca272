using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Conversations.Team;

/// <summary>
/// Asks for a way to reach the customer: an email address or a phone number found in what they type ("c'est le
/// 06 12 34 56 78", "jean@exemple.fr"), or a refusal ("non merci", "no thanks"), which is an answer too: the
/// customer who does not want to leave one is not asked again.
/// </summary>
public sealed class ContactPrompt : TextRecognizerPrompt
{
    /// <summary>The value of a refusal.</summary>
    public const string Declined = "declined";

    /// <summary>Creates the prompt.</summary>
    public ContactPrompt(string dialogId, Localizer? localizer = null)
        : base(dialogId, null, localizer)
    {
    }

    /// <inheritdoc />
    protected override string RetryHintKey => "prompt.contact.retry";

    /// <inheritdoc />
    protected override string HelpKey => "prompt.contact.help";

    /// <summary>The email address (normalized) or phone number (E.164) of <paramref name="answer"/>, a value of this prompt.</summary>
    public static (string? Email, string? Phone) Read(string answer) =>
        EmailRecognizer.Recognize(answer) is { } email ? (email, null) : (null, answer);

    /// <inheritdoc />
    protected override string? Recognize(string? text) =>
        EmailRecognizer.Recognize(text)
        ?? PhoneRecognizer.Recognize(text)
        ?? (ConfirmRecognizer.Recognize(text, Languages.French) == false ? Declined : null);

    /// <inheritdoc />
    // "Oui" alone says they want to be called back but not how: ask for the address or number itself.
    protected override string? NotRecognizedHintKey(string? text) =>
        ConfirmRecognizer.Recognize(text, Languages.French) == true ? "prompt.contact.which" : null;
}
