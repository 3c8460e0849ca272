using System.Collections.Concurrent;

namespace Majordome.Dialogs.Localization;

/// <summary>
/// Time zones by IANA id, looked up once: <see cref="TimeZoneInfo.FindSystemTimeZoneById"/> takes a process-wide
/// lock on every call, and several turns at once asked it for the boutique's zone on every slot they listed.
/// </summary>
public static class TimeZones
{
    // Only zones that exist are kept (a few hundred at most): an id sent by a client is never stored unchecked.
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Known = new(StringComparer.Ordinal);

    /// <summary>The zone named <paramref name="id"/>, or null when the system does not know it.</summary>
    public static TimeZoneInfo? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Known.TryGetValue(id, out var known))
        {
            return known;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? Known.GetOrAdd(id, zone) : null;
    }

    /// <summary>The zone named <paramref name="id"/>.</summary>
    /// <exception cref="TimeZoneNotFoundException">The system does not know <paramref name="id"/>.</exception>
    public static TimeZoneInfo Get(string id) =>
        Find(id) ?? throw new TimeZoneNotFoundException($"The time zone '{id}' is not known on this system.");
}
