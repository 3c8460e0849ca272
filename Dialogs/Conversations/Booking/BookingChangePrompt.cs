using Majordome.Cards;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Conversations.Purchase;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// Waits, under the customer's bookings, for the change they want: a card's Cancel or Move button, or the same
/// typed ("annulez-la", "cancel my booking", "can I move it?"). Typed, it is the answer before any command: at a
/// list of bookings, "cancel" means the booking, and the cancellation is confirmed before anything changes.
/// </summary>
public sealed class BookingChangePrompt : Prompt<BookingChange>
{
    /// <summary>Creates the prompt.</summary>
    public BookingChangePrompt(string dialogId, Localizer? localizer = null)
        : base(dialogId, validator: null, localizer)
    {
    }

    /// <inheritdoc />
    protected override string RetryHintKey => "myBookings.retry";

    /// <inheritdoc />
    protected override string HelpKey => "myBookings.help";

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<BookingChange>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var change = CardSubmit.From(turnContext.Activity) is { Action: CardActions.CancelBooking or CardActions.MoveBooking } submit
            ? new BookingChange(submit.Action, submit.Get("reference"))
            : BookingChangeReader.Read(PromptInput.GetText(turnContext.Activity));
        return Task.FromResult(change is null ? PromptRecognizerResult<BookingChange>.Failure() : PromptRecognizerResult<BookingChange>.Success(change));
    }

    /// <inheritdoc />
    protected override IMessageActivity Decorate(ITurnContext turnContext, Activity question, PromptOptions options, string language)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Choices is { Count: > 0 } choices
            ? ChoicePrompt.AppendChoices(turnContext, question, choices, options.Style ?? ListStyle.Auto, language, Localizer)
            : question;
    }
}
