using Majordome.Dialogs.Anticipation;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Anticipation.Policy;

/// <summary>
/// Nothing buzzes a customer's phone at night: a message due inside the quiet hours of the customer's time zone (the
/// brand's when theirs is unknown) is postponed to the end of them, not dropped.
/// </summary>
public sealed class QuietHoursRule(IOptions<ProactiveOptions> options, TimeProvider time) : IProactiveRule
{
    /// <inheritdoc />
    public Task<ProactiveVerdict?> CheckAsync(ProactiveJob job, ProactiveMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var settings = options.Value;
        var zone = CustomerTimeZone.Find(job.Request.To.TimeZone, settings.DefaultTimeZone);
        var now = time.GetUtcNow();
        return Task.FromResult<ProactiveVerdict?>(QuietHours.EndIfInside(now, zone, settings.QuietHoursStart, settings.QuietHoursEnd) is { } end
            ? new ProactiveVerdict.Postpone(end, ProactiveOutcomes.QuietHours)
            : null);
    }
}
