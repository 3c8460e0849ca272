using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// "stop les rappels" / "stop reminders" anywhere, and a bare "stop" / "arrête" when no task runs, turn every message
/// the assistant writes first off (pending ones cancelled) and say so; "reprendre les rappels" anywhere, and a bare
/// "reprendre" / "resume" from a customer who stopped, turn them back on. Inside a task a bare "stop" keeps meaning
/// "leave this task" (the global cancel command), so no flow changes behaviour; and a message that answers the waiting
/// question is its answer (this policy comes after the prompt's own).
/// </summary>
/// <param name="consents">Where the stop is recorded.</param>
/// <param name="time">The clock the stop is dated by.</param>
public sealed class ReminderCommandPolicy(IProactiveConsents consents, TimeProvider time) : ITurnPolicy
{
    /// <inheritdoc />
    public async Task<DialogTurnResult?> OnMessageAsync(TurnPolicyContext turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = turn.Turn.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var customer = Conversations.CustomerKey.From(turn.Turn);
        var command = ReminderCommandRecognizer.RecognizeExplicit(text);
        if (command is null && ReminderCommandRecognizer.RecognizeBare(text) is { } bare)
        {
            command = bare switch
            {
                ReminderCommand.Stop when !turn.InFlow => ReminderCommand.Stop,

                // "reprendre" alone is read as reminders only from someone who stopped them; otherwise it stays free.
                ReminderCommand.Resume when !await consents.AllowsAsync(customer, ProactiveCategory.Utility, cancellationToken).ConfigureAwait(false) => ReminderCommand.Resume,
                _ => null,
            };
        }

        if (command is null)
        {
            return null;
        }

        if (command == ReminderCommand.Stop)
        {
            await consents.StopAllAsync(customer, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await turn.SayAsync("reminders.stopped", cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await consents.ResumeAsync(customer, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await turn.SayAsync("reminders.resumed", cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);
    }
}
