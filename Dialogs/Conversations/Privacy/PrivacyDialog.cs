using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Privacy;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Conversations.Privacy;

/// <summary>
/// A customer's requests about their own data: "what do you have about me" gets a readable summary (profile,
/// contact details, orders, bookings, consents, messages); "delete my data" is confirmed first (yes or no, typed or
/// clicked), then done, then said. Only the turn's own customer key is used, never an id the customer types.
/// </summary>
public sealed class PrivacyDialog : ComponentDialog
{
    private const string Steps = "PrivacySteps";
    private const string ConfirmPrompt = "PrivacyConfirm";

    private readonly ConversationServices _services;
    private readonly Localizer _localizer;

    /// <summary>Creates the dialog.</summary>
    public PrivacyDialog(ConversationServices services, Localizer? localizer = null)
        : base(nameof(PrivacyDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _localizer = localizer ?? Localizer.Default;
        AnalyticsName = "privacy";
        AddDialog(new WaterfallDialog(Steps, [AnswerOrAskStepAsync, EraseStepAsync]));
        AddDialog(new Prompts.ConfirmPrompt(ConfirmPrompt, localizer: _localizer));
    }

    private async Task<DialogTurnResult> AnswerOrAskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var kind = step.GetOptions<PrivacyOptions>()?.Kind ?? PrivacyRequestKind.SeeMyData;
        if (_services.CustomerData is not { } data)
        {
            await step.SayAsync(_localizer, "privacy.unavailable", null, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (kind == PrivacyRequestKind.EraseMyData)
        {
            return await step.PromptAsync(ConfirmPrompt, new PromptOptions
            {
                Prompt = MessageFactory.Text(_localizer.Get(step.Language, "privacy.erase.confirm")),
            }, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var summary = await data.SummarizeAsync(CustomerKey.From(step.Context), cancellationToken).ConfigureAwait(false);
            await step.Context.SendActivityAsync(MessageFactory.Text(PrivacySummaryText.Of(summary, step.Language, _localizer, _services.Boutiques)), cancellationToken).ConfigureAwait(false);
        }
        catch (CustomerDataUnavailableException)
        {
            await step.SayAsync(_localizer, "privacy.failed", null, cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> EraseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.GetResult<bool>())
        {
            await step.SayAsync(_localizer, "privacy.erase.kept", null, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await _services.CustomerData!.EraseAsync(step.Context, CustomerKey.From(step.Context), cancellationToken).ConfigureAwait(false);
            await step.SayAsync(_localizer, "privacy.erase.done", null, cancellationToken).ConfigureAwait(false);
        }
        catch (CustomerDataUnavailableException)
        {
            // Nothing was said to be done: the customer can ask again, and nothing half-erased is claimed.
            await step.SayAsync(_localizer, "privacy.failed", null, cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
