using Majordome.Cards.Bookings;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// Books a tasting table: boutique, party size (more than the brand's maximum is a group request for the team, with
/// a name, a phone number and a wished date to call back),
/// date and time in natural language checked against the boutique's days, hours, the booking horizon and the
/// seats left (a full or impossible slot gets the nearest free ones as buttons), name, phone, an explicit
/// confirmation, then the booking is saved with capacity enforced by the database and the customer gets a
/// confirmation card and an .ics file.
/// </summary>
public sealed partial class BookingDialog : ComponentDialog
{
    /// <summary>The longest name a table is booked under: it goes on the card, the calendar file and the boutique's list.</summary>
    public const int MaxNameLength = 100;

    private const string Steps = "BookingSteps";
    private const string BoutiquePrompt = "BookingBoutique";
    private const string PartyPrompt = "BookingParty";

    // The largest number read as a party: a company's group of a hundred is the team's to handle, not 699001122.
    private const int MaxPlausibleParty = 100;
    private const string NamePrompt = "BookingName";
    private const string PhonePrompt = "BookingPhone";
    private const string ConfirmPrompt = "BookingConfirm";

    private readonly ConversationServices _services;
    private readonly BrandOptions _brand;
    private readonly Localizer _localizer;

    /// <summary>Creates the dialog.</summary>
    public BookingDialog(ConversationServices services, IOptions<BrandOptions> brand, Localizer? localizer = null)
        : base(nameof(BookingDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(brand);
        _services = services;
        _brand = brand.Value;
        _localizer = localizer ?? Localizer.Default;
        // The reports count its starts, completions and cancellations under this name.
        AnalyticsName = "booking";
        AddDialog(new WaterfallDialog(Steps, [BoutiqueStepAsync, PartyStepAsync, WhenStepAsync, NameStepAsync, PhoneStepAsync, ConfirmStepAsync, BookStepAsync]));
        AddDialog(new BoutiqueChoicePrompt(BoutiquePrompt, _services.Boutiques, localizer: _localizer));
        AddDialog(new PartySizePrompt(PartyPrompt, _localizer));
        AddDialog(new SlotPrompt(services, _localizer));
        AddDialog(new TextPrompt(NamePrompt, localizer: _localizer, maxLength: MaxNameLength, questionsAreAnswers: false));
        AddDialog(new Prompts.PhonePrompt(PhonePrompt, localizer: _localizer));
        AddDialog(new Prompts.ConfirmPrompt(ConfirmPrompt, localizer: _localizer));
        AddGroupDialogs();
    }

    private async Task<DialogTurnResult> BoutiqueStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<BookingOptions>() ?? new BookingOptions();
        if (options.BoutiqueId is { } id && _services.Boutiques.FindById(id) is not null)
        {
            return await step.NextAsync(id, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(BoutiquePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(step.Language, "booking.boutique")),
            Choices = _services.Boutiques.Boutiques.Select(b => new Choice(b.Id, b.Name) { Action = new CardAction(ActionTypes.ImBack, b.Address.City, value: b.Address.City) }).ToList(),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> PartyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("boutique", step.GetResult<FoundChoice>()?.Value ?? step.GetResult<string>());
        if (step.GetOptions<BookingOptions>()?.PartySize is { } party and > 0)
        {
            return await step.NextAsync(party, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(PartyPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(step.Language, "booking.party")),
            // Above the brand's maximum a party is a group for the team; far above, it is not a party at all (a phone
            // number typed at the wrong question), and the question is asked again instead of alerting the team.
            Validations = JToken.FromObject(new NumberRange(1, MaxPlausibleParty)),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> WhenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var party = step.GetResult<int>();
        step.Values.Set("party", party);
        // A party larger than the boutique's table can never be seated there, whatever the day: 6 people at a table of
        // 4 were told "no free time nearby, suggest another day", for ever. Like a group above the brand's maximum,
        // it needs the team: the customer is told plainly, and asked what the team needs to call back (see
        // BookingDialog.Group).
        var largest = Math.Min(_services.Settings.MaxPartySize, Boutique(step).TastingSeatsPerSlot);
        if (party > largest)
        {
            return await BeginGroupAsync(step, party, largest, cancellationToken).ConfigureAwait(false);
        }

        // What the first message said about when is kept, each part that holds: "table pour 4 samedi à 15h" is taken
        // when the boutique can take it, and otherwise told why with the nearest free times, exactly as at the
        // date question; a day alone asks only the time, a time alone only the day.
        var options = step.GetOptions<BookingOptions>() ?? new BookingOptions();
        var boutique = Boutique(step);
        var language = step.Language;
        var question = _localizer.Get(language, "booking.when");
        SlotReply? reply = null;
        if (options.Start is { } wish)
        {
            reply = await SlotOffers.RefuseAsync(_services, _localizer, boutique, wish, party, language, cancellationToken).ConfigureAwait(false);
            if (reply is null)
            {
                return await step.NextAsync(new List<DateTimeResolution> { new(wish, null, string.Empty, HasTime: true) }, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (options.Soonest)
        {
            reply = await SlotOffers.OfferSoonestAsync(_services, _localizer, boutique, party, language, cancellationToken).ConfigureAwait(false);
        }
        else if (options.Day is { } day)
        {
            reply = await SlotOffers.OfferDayAsync(_services, _localizer, boutique, day, party, language, cancellationToken, BookingWish.Hours(options.DayPart)).ConfigureAwait(false);
        }
        else if (options.PeriodFirst is { } first)
        {
            // "next week", "this month": the first free times of those days, or why there are none.
            reply = await SlotOffers.OfferPeriodAsync(_services, _localizer, boutique, new BookingPeriod(first, options.PeriodLast ?? first), party, language, cancellationToken).ConfigureAwait(false);
        }
        else if (options.Time is { } time)
        {
            reply = new SlotReply(MessageFactory.Text(_localizer.Get(language, "booking.whichDay", new { time = SlotText.Time(time, language) })), KeepTime: time);
        }
        else if (options.DayPart is { Length: > 0 } part)
        {
            // "dans la matinée": heard and said back, rather than "when would you like to come?" as if nothing was said.
            reply = new SlotReply(MessageFactory.Text(_localizer.Get(language, "booking.whichDayPart", new { part = _localizer.GetPlain(language, $"booking.part.{part}") })));
        }

        var prompt = reply is null
            ? SlotPrompt.Options(question, boutique.Id, party)
            : SlotPrompt.Options(reply.Message, question, boutique.Id, party, reply.KeepDay, reply.KeepTime);
        return await step.PromptAsync(nameof(SlotPrompt), prompt, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> NameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("start", step.GetResult<IReadOnlyList<DateTimeResolution>>()![0].Value);

        // A correction made after the name was given keeps it (see BookingDialog.Corrections).
        if (step.GetOptions<BookingOptions>()?.Name is { } name)
        {
            return step.NextAsync(name, cancellationToken);
        }

        return step.PromptAsync(NamePrompt, new PromptOptions { Prompt = MessageFactory.Text(_localizer.Get(step.Language, "booking.name")) }, cancellationToken);
    }

    private Task<DialogTurnResult> PhoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("name", step.GetResult<string>());
        if (step.GetOptions<BookingOptions>()?.Phone is { } phone)
        {
            return step.NextAsync(phone, cancellationToken);
        }

        return step.PromptAsync(PhonePrompt, new PromptOptions { Prompt = MessageFactory.Text(_localizer.Get(step.Language, "booking.phone")) }, cancellationToken);
    }

    private Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("phone", step.GetResult<string>());
        var boutique = Boutique(step);
        var summary = _localizer.Get(step.Language, "booking.confirm", new
        {
            party = step.Values.Get<int>("party"),
            boutique = boutique.Name,
            when = SlotText.Sentence(step.Values.Get<DateTimeOffset>("start"), step.Language),
            name = step.Values.Get<string>("name"),
        });
        ConfirmationOperation.Begin(step);
        return step.PromptAsync(ConfirmPrompt, new PromptOptions { Prompt = MessageFactory.Text(summary) }, cancellationToken);
    }

    private async Task<DialogTurnResult> BookStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = step.Language;
        if (!step.GetResult<bool>())
        {
            await SayAsync(step, "booking.notBooked", null, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var boutique = Boutique(step);
        var request = new BookingRequest(
            CustomerKey.From(step.Context), boutique.Id, step.Values.Get<DateTimeOffset>("start"), step.Values.Get<int>("party"),
            step.Values.Get<string>("name")!, step.Values.Get<string>("phone")!, ConfirmationOperation.Current(step));
        switch (await _services.Bookings.BookAsync(request, boutique.TastingSeatsPerSlot, cancellationToken).ConfigureAwait(false))
        {
            case BookingResult.Confirmed { Booking: var booking }:
                await ScheduleRemindersAsync(step, booking, cancellationToken).ConfigureAwait(false);
                await step.Context.SendActivityAsync(BookingMessages.Confirmation(step.Context.Channel(), booking, _services, _brand.Name, language, _localizer), cancellationToken).ConfigureAwait(false);
                await SayAsync(step, "booking.booked" + BookingMessages.CalendarSentence(step.Context.Channel(), booking, _services, language), new { reference = booking.Reference }, cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case BookingResult.AlreadyBooked { Booking: var booking }:
                // This "oui" was already answered with a booking whose reply the customer may never have seen (the bot
                // died before saving the conversation): show that booking again and say nothing more was booked.
                await ScheduleRemindersAsync(step, booking, cancellationToken).ConfigureAwait(false);
                await step.Context.SendActivityAsync(BookingMessages.Confirmation(step.Context.Channel(), booking, _services, _brand.Name, language, _localizer), cancellationToken).ConfigureAwait(false);
                await SayAsync(step, "booking.alreadyBooked" + BookingMessages.CalendarSentence(step.Context.Channel(), booking, _services, language), new { reference = booking.Reference }, cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            default:
                // Someone took the last seats between the question and the confirmation: ask for another time.
                await SayAsync(step, "booking.justTaken", null, cancellationToken).ConfigureAwait(false);
                return await step.ReplaceDialogAsync(Steps, new BookingOptions(boutique.Id, request.PartySize), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The reminder the day before and the thanks the day after, when the assistant may write first.</summary>
    private Task ScheduleRemindersAsync(WaterfallStepContext step, Bookings.Booking booking, CancellationToken cancellationToken) =>
        _services.Anticipation is { } anticipation
            ? new Anticipation.Bookings.BookingReminderScheduling(anticipation, _services.Time).ScheduleAsync(step.Context, booking, cancellationToken)
            : Task.CompletedTask;

    private Boutique Boutique(WaterfallStepContext step) => _services.Boutiques.FindById(step.Values.Get<string>("boutique")!)!;

    private Task SayAsync(DialogContext dc, string key, object? args, CancellationToken cancellationToken) => dc.SayAsync(_localizer, key, args, cancellationToken);
}
