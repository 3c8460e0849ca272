using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Recognition;

/// <summary>Whatever a channel puts in an attachment's content, reading what a message shares never throws.</summary>
public sealed class SharedContentTests
{
    public static TheoryData<object?> Contents => new()
    {
        new JArray(new JObject { ["name"] = new JObject { ["formatted_name"] = "Marie" } }), // a WhatsApp contact card
        42,
        true,
        "https://example.com/photo.jpg",
        null,
        new[] { 1, 2 },
    };

    [Theory]
    [MemberData(nameof(Contents))]
    public void Of_AnyAttachmentContent_IsMediaNotALocation(object? content)
    {
        var activity = new Activity(ActivityTypes.Message) { Attachments = [new Attachment("application/vnd.majordome.whatsapp.contacts", content: content)] };

        var shared = SharedContent.Of(activity);

        Assert.Null(shared.Location);
        Assert.True(shared.Media);
    }

    [Fact]
    public void Of_ALocationObject_IsTheLocation()
    {
        var activity = new Activity(ActivityTypes.Message) { Attachments = [new Attachment("location", content: new { latitude = 48.87, longitude = 2.33 })] };

        var shared = SharedContent.Of(activity);

        Assert.Equal(48.87, shared.Location!.Latitude, 3);
    }
}
