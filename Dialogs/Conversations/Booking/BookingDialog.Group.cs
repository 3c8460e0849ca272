using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// A party larger than the boutique's table is the team's to organise: before the request is passed on, the customer
/// gives a name, a phone number and the wished day and time (unless the first message said them), so the team can
/// call back. The day is not checked against the tasting slots (the team arranges the event); what the customer said
/// is kept word for word beside the date as read. It used to pass on "group booking: 12 people at paris-opera" alone.
/// </summary>
public sealed partial class BookingDialog
{
    private const string GroupSteps = "BookingGroupSteps";
    private const string GroupWhenPrompt = "BookingGroupWhen";

    private void AddGroupDialogs()
    {
        AddDialog(new WaterfallDialog(GroupSteps, [GroupNameStepAsync, GroupPhoneStepAsync, GroupWhenStepAsync, GroupHandOverStepAsync]));
        AddDialog(new DateTimePrompt(GroupWhenPrompt, _services.Time, localizer: _localizer));
    }

    private Task<DialogTurnResult> BeginGroupAsync(WaterfallStepContext step, int party, int largest, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<BookingOptions>() ?? new BookingOptions();
        // A time alone ("at 1 PM") or several days ("this summer") said in the request are kept too: the first is
        // asked its day, the second passed on as it is (the team settles the day); both were asked again from scratch.
        var group = new GroupBookingOptions(
            step.Values.Get<string>("boutique")!, party, largest, options.Start, options.Start is null ? options.Day : null, options.Name, options.Phone,
            options.Start is null && options.Day is null ? options.Time : null, options.PeriodFirst, options.PeriodLast, options.Start is null ? options.DayPart : null, options.Soonest);
        return step.ReplaceDialogAsync(GroupSteps, group, cancellationToken);
    }

    private Task<DialogTurnResult> GroupNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // Kept where a correction ("finalement on sera 6", see BookingDialog.Corrections) finds them, as in a booking.
        var group = step.GetOptions<GroupBookingOptions>()!;
        step.Values.Set("boutique", group.BoutiqueId);
        step.Values.Set("party", group.Party);
        var question = _localizer.Get(step.Language, "booking.group", new { max = group.Largest });
        return group.Name is { } name
            ? step.NextAsync(name, cancellationToken)
            : step.PromptAsync(NamePrompt, new PromptOptions { Prompt = MessageFactory.Text(question) }, cancellationToken);
    }

    private Task<DialogTurnResult> GroupPhoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("name", step.GetResult<string>());
        if (step.GetOptions<GroupBookingOptions>()?.Phone is { } phone)
        {
            return step.NextAsync(phone, cancellationToken);
        }

        return step.PromptAsync(PhonePrompt, new PromptOptions { Prompt = MessageFactory.Text(_localizer.Get(step.Language, "booking.phone")) }, cancellationToken);
    }

    private Task<DialogTurnResult> GroupWhenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("phone", step.GetResult<string>());
        var group = step.GetOptions<GroupBookingOptions>()!;
        if (group is { Start: not null } or { Day: not null } or { Soonest: true } || (group is { PeriodFirst: not null, PeriodLast: not null } && group.Time is null))
        {
            return step.NextAsync(null, cancellationToken);
        }

        // A time or a part of the day said alone ("at 1 PM", "at sunset") is kept: only the day is asked.
        var question = group.Time is { } time
            ? _localizer.Get(step.Language, "booking.whichDay", new { time = SlotText.Time(time, step.Language) })
            : group.DayPart is { Length: > 0 } part
                ? _localizer.Get(step.Language, "booking.whichDayPart", new { part = _localizer.GetPlain(step.Language, $"booking.part.{part}") })
                : _localizer.Get(step.Language, "booking.when");
        return step.PromptAsync(GroupWhenPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(question),
            Validations = JToken.FromObject(new DateTimeConstraints(FutureOnly: true)),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> GroupHandOverStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var group = step.GetOptions<GroupBookingOptions>()!;
        var boutique = _services.Boutiques.FindById(group.BoutiqueId)!;
        var name = step.Values.Get<string>("name")!;

        // The answer to the date question is this turn's message: kept as typed ("samedi 19 décembre vers 15h").
        var wish = step.GetResult<IReadOnlyList<DateTimeResolution>>() is [var moment, ..]
            ? WishAnswered(PromptInput.GetText(step.Context.Activity), BoutiqueClock.ToLocal(boutique, moment.Value), moment.HasTime, group.Time, group.DayPart)
            : group.Start is { } start ? GroupBookingWish.Said(null, BoutiqueClock.ToLocal(boutique, start), hasTime: true)
            : group.Day is { } day ? GroupBookingWish.Said(null, day, group.DayPart)
            : group.Soonest ? GroupBookingWish.Soonest()
            : GroupBookingWish.Between(group.PeriodFirst!.Value, group.PeriodLast!.Value);
        var note = GroupBookingNote.For(group.Party, boutique.Id, name, step.Values.Get<string>("phone")!, wish);
        await _services.Handoff.RequestAsync(step.Context, note, cancellationToken).ConfigureAwait(false);
        await SayAsync(step, "booking.groupPassedOn", new { name, party = group.Party }, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    // The day answered, with the time the request already said when the answer gives none ("at 1 PM", then "saturday").
    private static GroupBookingWish WishAnswered(string? words, DateTimeOffset local, bool hasTime, TimeOnly? saidBefore, string? dayPart) =>
        !hasTime && saidBefore is { } time
            ? GroupBookingWish.Said(words, new DateTimeOffset(DateOnly.FromDateTime(local.DateTime).ToDateTime(time), local.Offset), hasTime: true)
            : !hasTime && dayPart is { Length: > 0 }
                ? GroupBookingWish.Said(words, DateOnly.FromDateTime(local.DateTime), dayPart)
                : GroupBookingWish.Said(words, local, hasTime);
}
