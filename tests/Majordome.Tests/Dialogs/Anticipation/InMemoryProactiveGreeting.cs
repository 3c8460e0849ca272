using System.Globalization;
using Majordome.Dialogs.Anticipation;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Dialogs.Anticipation;

/// <summary>
/// A test double of our own greeting contract until the Web Chat greeting hook (branch anticipation-core) is merged:
/// the customer's due jobs, composed now by the registered composers, marketing ones only with consent, marked sent.
/// </summary>
public sealed class InMemoryProactiveGreeting(InMemoryProactiveScheduler scheduler, IProactiveConsents consents, IEnumerable<IProactiveMessageComposer> composers, TimeProvider time) : IProactiveGreeting
{
    public async Task<IReadOnlyList<IActivity>> TakeDueAsync(string customerKey, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var shown = new List<IActivity>();
        var now = time.GetUtcNow();
        foreach (var job in (await scheduler.ListForCustomerAsync(customerKey, cancellationToken)).Where(j => j.Status == ProactiveJobStatus.Pending && j.Request.DueAt <= now).Reverse())
        {
            var composer = composers.Single(c => c.Kind == job.Request.Kind);
            var message = await composer.ComposeAsync(job, culture, cancellationToken);
            if (message is null)
            {
                scheduler.Mark(job.Id, ProactiveJobStatus.Dropped, "no-longer-applies");
            }
            else if (!await consents.AllowsAsync(customerKey, message.Category, cancellationToken))
            {
                scheduler.Mark(job.Id, ProactiveJobStatus.Dropped, "no-consent");
            }
            else
            {
                shown.AddRange(message.Activities);
                scheduler.Mark(job.Id, ProactiveJobStatus.Sent, "sent");
            }
        }

        return shown;
    }
}
