namespace Majordome.Dialogs.Bookings;

/// <summary>
/// Links to a booking's .ics served by the host, for channels that take no file (Instagram): the confirmation
/// carries a button to it instead of the file. The host signs each link for that booking and its customer only.
/// </summary>
public interface ICalendarLinks
{
    /// <summary>
    /// A public link to <paramref name="booking"/>'s calendar file written in <paramref name="language"/>, or null
    /// when the host has no public address to make one (no <c>Public:BaseUrl</c>).
    /// </summary>
    Uri? For(Booking booking, string language);
}
