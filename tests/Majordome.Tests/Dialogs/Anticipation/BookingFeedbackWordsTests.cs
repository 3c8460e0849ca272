using Majordome.Dialogs.Anticipation.Bookings;

namespace Majordome.Tests.Dialogs.Anticipation;

/// <summary>A typed answer to "how did you like the tasting?": praise, blame, or not an answer.</summary>
public sealed class BookingFeedbackWordsTests
{
    [Theory]
    [InlineData("c'était super !")]
    [InlineData("on a adoré, merci")]
    [InlineData("Really good, thanks")]
    [InlineData("loved it")]
    [InlineData("très bien")]
    public void Praise_IsLiked(string text) => Assert.True(BookingFeedbackWords.Read(text));

    [Theory]
    [InlineData("bof")]
    [InlineData("pas terrible")]
    [InlineData("un peu décevant")]
    [InlineData("not great")]
    [InlineData("ce n'était pas super")]
    [InlineData("a bit disappointing")]
    public void BlameOrNegatedPraise_IsNotLiked(string text) => Assert.False(BookingFeedbackWords.Read(text));

    [Theory]
    [InlineData("c'était bien la dégustation de samedi ?")]
    [InlineData("je voudrais réserver une table pour samedi prochain à 15h avec mes amis")]
    [InlineData("bonjour")]
    [InlineData("good morning")]
    [InlineData("bonne journée !")]
    [InlineData("have a nice day")]
    [InlineData("")]
    [InlineData(null)]
    public void NotAnAnswer_IsNull(string? text) => Assert.Null(BookingFeedbackWords.Read(text));
}
