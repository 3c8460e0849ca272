using Majordome.Bot.Calendar;
using Majordome.Dialogs.Bookings;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the signed links to bookings' .ics files (for channels that take no file).</summary>
public static class CalendarServiceCollectionExtensions
{
    /// <summary>Adds <see cref="CalendarLinkOptions"/>, the signer and <see cref="ICalendarLinks"/>.</summary>
    public static IServiceCollection AddMajordomeCalendarLinks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CalendarLinkOptions>().BindConfiguration(CalendarLinkOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.LinkSecret) || o.LinkSecret.Trim().Length >= 32, "Calendar:LinkSecret must be at least 32 characters (or empty for a key made per process, whose links stop working at a restart).")
            .Validate(o => o.LinkLifetime >= TimeSpan.FromHours(1) && o.LinkLifetime <= TimeSpan.FromDays(366), "Calendar:LinkLifetime must be between 01:00:00 and 366.00:00:00, such as 30.00:00:00.")
            .ValidateOnStart();
        services.AddSingleton<CalendarLinkSigner>();
        services.AddSingleton<ICalendarLinks, CalendarLinks>();
        return services;
    }
}
