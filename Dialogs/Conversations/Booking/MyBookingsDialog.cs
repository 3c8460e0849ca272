using Majordome.Cards;
using Majordome.Cards.Bookings;
using Majordome.Cards.Localization;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Conversations.Purchase;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// "My bookings": the customer's upcoming bookings as cards, each with Cancel and Move; cancelling asks for
/// confirmation, moving asks for the new time with the same checks as a new booking. Only the customer's own
/// bookings are listed or changed.
/// </summary>
public sealed class MyBookingsDialog : ComponentDialog
{
    private const string Steps = "MyBookingsSteps";
    private const string PickPrompt = "MyBookingsPick";
    private const string WhichPrompt = "MyBookingsWhich";
    private const string UpcomingKey = "Majordome.MyBookings.Upcoming";
    private const string ConfirmPrompt = "MyBookingsConfirm";

    private readonly ConversationServices _services;
    private readonly BrandOptions _brand;
    private readonly Localizer _localizer;

    /// <summary>Creates the dialog.</summary>
    public MyBookingsDialog(ConversationServices services, IOptions<BrandOptions> brand, Localizer? localizer = null)
        : base(nameof(MyBookingsDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(brand);
        _services = services;
        _brand = brand.Value;
        _localizer = localizer ?? Localizer.Default;
        // The reports count its starts, completions and cancellations under this name.
        AnalyticsName = "my-bookings";
        AddDialog(new WaterfallDialog(Steps, [ListStepAsync, WhichStepAsync, ActionStepAsync, ConfirmMoveStepAsync, ApplyStepAsync]));
        AddDialog(new BookingChangePrompt(PickPrompt, _localizer));
        AddDialog(new ChoicePrompt(WhichPrompt, localizer: _localizer));
        AddDialog(new Prompts.ConfirmPrompt(ConfirmPrompt, localizer: _localizer));
        AddDialog(new SlotPrompt(services, _localizer));
    }

    private async Task<DialogTurnResult> ListStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<MyBookingsOptions>();
        if (options is { Action: not null, Reference: not null })
        {
            return await step.NextAsync(new BookingChange(options.Action, options.Reference), cancellationToken).ConfigureAwait(false);
        }

        var language = step.Language;
        var bookings = await UpcomingAsync(step, cancellationToken).ConfigureAwait(false);
        if (bookings.Count == 0)
        {
            await SayAsync(step, "myBookings.none", null, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // "Cancel my booking" with one booking: that one, confirmed next, without a list to read first.
        if (options?.Action is { } asked && bookings.Count == 1)
        {
            return await step.NextAsync(new BookingChange(asked, bookings[0].Reference), cancellationToken).ConfigureAwait(false);
        }

        var data = bookings.Select(b => BookingMessages.CardData(b, _services.Boutiques)).ToList();
        var cards = data.Select(d => BookingConfirmationCard.Create(d, language)).ToList();
        var text = string.Join("\n\n", data.Select(d => BookingConfirmationCard.ToText(d, language)));
        await step.Context.SendActivityAsync(CardMessage.Carousel(step.Context.Channel(), cards, text), cancellationToken).ConfigureAwait(false);
        if (options?.Action is { } action)
        {
            return await step.NextAsync(new BookingChange(action), cancellationToken).ConfigureAwait(false);
        }

        var menu = _localizer.Get(language, "info.menu");
        return await step.PromptAsync(PickPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(language, "myBookings.pick", new
            {
                move = CardLabels.Get(language, "booking-confirmation.move"),
                cancel = CardLabels.Get(language, "booking-confirmation.cancel"),
            })),
            Choices = [new Choice("menu") { Action = new CardAction(ActionTypes.ImBack, menu, value: menu) }],
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The booking the change is for: the one clicked or named, the only one, or the customer says which.</summary>
    private async Task<DialogTurnResult> WhichStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<BookingChange>() is not { Action.Length: > 0 } change)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("action", change.Action);
        var bookings = await UpcomingAsync(step, cancellationToken).ConfigureAwait(false);
        var reference = change.Reference ?? (bookings.Count == 1 ? bookings[0].Reference : null);
        if (reference is not null || bookings.Count == 0)
        {
            step.Values.Set("reference", reference);
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var language = step.Language;
        var titles = bookings.Select(b => SlotText.Title(LocalTime(b), language)).ToList();
        var choices = bookings.Select((b, i) =>
        {
            var boutique = _services.Boutiques.FindById(b.BoutiqueId);
            // Two bookings at the same time are told apart by their boutique.
            var title = titles.Count(t => t == titles[i]) > 1 && boutique is not null ? $"{titles[i]} · {boutique.Address.City}" : titles[i];
            return new Choice(b.Reference) { Action = new CardAction(ActionTypes.ImBack, title, value: title), Synonyms = boutique is null ? [] : [boutique.Address.City] };
        }).ToList();
        return await step.PromptAsync(WhichPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(language, change.Action == CardActions.CancelBooking ? "myBookings.whichCancel" : "myBookings.whichMove")),
            Choices = choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ActionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var action = step.Values.Get<string>("action");
        var reference = step.Values.Get<string>("reference") ?? step.GetResult<FoundChoice>()?.Value;
        var booking = (await UpcomingAsync(step, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(b => string.Equals(b.Reference, reference, StringComparison.OrdinalIgnoreCase));
        if (booking is null || action is not (CardActions.CancelBooking or CardActions.MoveBooking))
        {
            if (action is CardActions.CancelBooking or CardActions.MoveBooking)
            {
                await SayAsync(step, "myBookings.notFound", null, cancellationToken).ConfigureAwait(false);
            }

            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("reference", booking.Reference);
        var language = step.Language;
        var when = SlotText.Sentence(LocalTime(booking), language);
        if (action == CardActions.CancelBooking)
        {
            return await step.PromptAsync(ConfirmPrompt, new PromptOptions
            {
                Prompt = MessageFactory.Text(_localizer.Get(language, "myBookings.confirmCancel", new { reference = booking.Reference, when })),
            }, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(nameof(SlotPrompt), SlotPrompt.Options(_localizer.Get(language, "myBookings.moveWhen", new { when }), booking.BoutiqueId, booking.PartySize), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A move is confirmed like a cancellation: the new slot is read back before anything changes.</summary>
    private async Task<DialogTurnResult> ConfirmMoveStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.Get<string>("action") != CardActions.MoveBooking)
        {
            return await step.NextAsync(step.GetResult<bool>(), cancellationToken).ConfigureAwait(false);
        }

        var start = step.GetResult<IReadOnlyList<DateTimeResolution>>()![0].Value;
        step.Values.Set("start", start);
        var reference = step.Values.Get<string>("reference");
        var booking = (await UpcomingAsync(step, cancellationToken).ConfigureAwait(false)).FirstOrDefault(b => b.Reference == reference);
        var local = booking is null ? start : LocalTime(booking with { Start = start });
        return await step.PromptAsync(ConfirmPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(step.Language, "myBookings.confirmMove", new { reference, when = SlotText.Sentence(local, step.Language) })),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ApplyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var customer = CustomerKey.From(step.Context);
        var reference = step.Values.Get<string>("reference")!;
        if (step.Values.Get<string>("action") == CardActions.CancelBooking)
        {
            if (!step.GetResult<bool>())
            {
                await SayAsync(step, "myBookings.kept", null, cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            var cancelled = await _services.Bookings.CancelAsync(reference, customer, cancellationToken).ConfigureAwait(false);
            await SayAsync(step, cancelled is BookingResult.Confirmed ? "myBookings.cancelled" : "myBookings.notFound", new { reference }, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (!step.GetResult<bool>())
        {
            await SayAsync(step, "myBookings.kept", null, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var start = step.Values.Get<DateTimeOffset>("start");
        var current = (await UpcomingAsync(step, cancellationToken).ConfigureAwait(false)).FirstOrDefault(b => b.Reference == reference);
        var capacity = _services.Boutiques.FindById(current?.BoutiqueId ?? string.Empty)?.TastingSeatsPerSlot ?? 0;
        switch (await _services.Bookings.MoveAsync(reference, customer, start, capacity, cancellationToken).ConfigureAwait(false))
        {
            case BookingResult.Confirmed { Booking: var moved }:
                // The old reminder and thanks speak of the old time: their composers drop them; these speak of the new one.
                if (_services.Anticipation is { } anticipation)
                {
                    await new Anticipation.Bookings.BookingReminderScheduling(anticipation, _services.Time).ScheduleAsync(step.Context, moved, cancellationToken).ConfigureAwait(false);
                }

                await step.Context.SendActivityAsync(BookingMessages.Confirmation(step.Context.Channel(), moved, _services, _brand.Name, step.Language, _localizer), cancellationToken).ConfigureAwait(false);
                // As after a booking: the sentence speaks of the calendar file, the button, or neither, as the channel got.
                await SayAsync(step, "myBookings.moved" + BookingMessages.CalendarSentence(step.Context.Channel(), moved, _services, step.Language), new { reference }, cancellationToken).ConfigureAwait(false);
                break;
            case BookingResult.Full:
                await SayAsync(step, "booking.justTaken", null, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await SayAsync(step, "myBookings.notFound", null, cancellationToken).ConfigureAwait(false);
                break;
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The customer's upcoming bookings, read once per turn: the list, "which one?" and the change run one after the
    /// other in a turn, and nothing changes the bookings between them (the cancel or move is the turn's last step).
    /// </summary>
    private async Task<IReadOnlyList<Bookings.Booking>> UpcomingAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (TurnItems.Get<IReadOnlyList<Bookings.Booking>>(dc.Context, UpcomingKey) is { } read)
        {
            return read;
        }

        var bookings = await _services.Bookings.ListUpcomingAsync(CustomerKey.From(dc.Context), _services.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        TurnItems.Set(dc.Context, UpcomingKey, bookings);
        return bookings;
    }

    private DateTimeOffset LocalTime(Bookings.Booking booking) => BookingMessages.LocalTime(booking, _services.Boutiques);

    private Task SayAsync(DialogContext dc, string key, object? args, CancellationToken cancellationToken) => dc.SayAsync(_localizer, key, args, cancellationToken);
}
