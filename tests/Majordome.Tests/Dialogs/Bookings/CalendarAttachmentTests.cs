using System.Text;
using Majordome.Dialogs.Bookings;

namespace Majordome.Tests.Dialogs.Bookings;

public sealed class CalendarAttachmentTests
{
    private const string Calendar = "BEGIN:VCALENDAR\r\nSUMMARY:Table de dégustation\r\nEND:VCALENDAR\r\n";

    [Fact]
    public void Create_Calendar_IsATextCalendarFileNamedAfterTheReference()
    {
        var attachment = CalendarAttachment.Create("MT-7K2QX", Calendar);

        Assert.Equal("text/calendar", attachment.ContentType);
        Assert.Equal("reservation-MT-7K2QX.ics", attachment.Name);
    }

    [Fact]
    public void Create_Calendar_IsInlinedAsBase64Utf8WithoutByteOrderMark()
    {
        const string prefix = "data:text/calendar;base64,";
        var attachment = CalendarAttachment.Create("MT-7K2QX", Calendar);

        Assert.StartsWith(prefix, attachment.ContentUrl);
        var bytes = Convert.FromBase64String(attachment.ContentUrl[prefix.Length..]);
        Assert.Equal((byte)'B', bytes[0]);
        Assert.Equal(Calendar, Encoding.UTF8.GetString(bytes));
    }
}
