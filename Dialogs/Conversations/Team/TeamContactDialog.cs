using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Conversations.Team;

/// <summary>
/// The team cannot answer now (outside its hours, or nobody took the request in time): the customer is told when it
/// will, and offered to leave an email or a phone number. What they leave is kept only after an explicit yes to the
/// consent sentence, whose exact words and time are kept with it. A customer who declines, at either question, is
/// told so plainly and ends at the menu, never at a dead end.
/// </summary>
public sealed class TeamContactDialog : ComponentDialog
{
    private const string Steps = "TeamContactSteps";
    private const string AskContact = "TeamContactAsk";
    private const string AskConsent = "TeamContactConsent";
    private readonly ITeamContacts? _contacts;
    private readonly Localizer _localizer;
    private readonly TimeProvider _time;
    private readonly string _brand;

    /// <summary>Creates the dialog.</summary>
    /// <param name="contacts">Where a contact left is kept; null keeps none (the question is then never asked).</param>
    /// <param name="localizer">The customer-facing strings.</param>
    /// <param name="time">The clock (when consent was given).</param>
    /// <param name="brand">The brand's name, in the consent sentence.</param>
    public TeamContactDialog(ITeamContacts? contacts, Localizer localizer, TimeProvider time, string brand)
        : base(nameof(TeamContactDialog))
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        _contacts = contacts;
        _localizer = localizer;
        _time = time;
        _brand = brand;
        AddDialog(new WaterfallDialog(Steps, [AskContactStepAsync, AskConsentStepAsync, KeepStepAsync]));
        AddDialog(new ContactPrompt(AskContact, localizer));
        AddDialog(new ConfirmPrompt(AskConsent, localizer: localizer));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> AskContactStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<TeamContactOptions>() ?? new TeamContactOptions(TeamAvailability.Open(_time.GetUtcNow()), Late: true);
        var language = step.Language;
        var when = TeamAnswerTime.Phrase(options.Availability, language, _localizer);
        step.Values.Set("when", options.Availability.IsOpen ? _localizer.GetPlain(language, "team.when.soon") : when);
        await step.SayAsync(_localizer, options.Availability.IsOpen ? "team.late" : "team.away", new { when }, cancellationToken).ConfigureAwait(false);
        if (_contacts is null)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var noThanks = _localizer.GetPlain(language, "team.noThanks");
        var question = MessageFactory.Text(_localizer.Get(language, "team.askContact"));
        question.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, noThanks, value: noThanks)] };
        return await step.PromptAsync(AskContact, new PromptOptions { Prompt = question }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskConsentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = step.GetResult<string>()!;
        if (answer == ContactPrompt.Declined)
        {
            await step.SayAsync(_localizer, "team.contactDeclined", null, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var (email, phone) = ContactPrompt.Read(answer);
        var display = email ?? phone!;
        var consent = _localizer.GetPlain(step.Language, email is null ? "team.consentPhone" : "team.consentEmail", new { brand = _brand, contact = display });
        step.Values.Set("email", email);
        step.Values.Set("phone", phone);
        step.Values.Set("consent", consent);
        return await step.PromptAsync(AskConsent, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(step.Language, "team.consentQuestion", new { consent })),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> KeepStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.GetResult<bool>())
        {
            await step.SayAsync(_localizer, "team.contactNotKept", null, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var contact = new TeamContact(step.Values.Get<string>("email"), step.Values.Get<string>("phone"), step.Values.Get<string>("consent")!, _time.GetUtcNow(), step.Language);
        await _contacts!.LeaveAsync(step.Context, contact, cancellationToken).ConfigureAwait(false);
        await step.SayAsync(_localizer, contact.Email is null ? "team.contactKeptPhone" : "team.contactKeptEmail", new { contact = contact.Display, when = step.Values.Get<string>("when") }, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
