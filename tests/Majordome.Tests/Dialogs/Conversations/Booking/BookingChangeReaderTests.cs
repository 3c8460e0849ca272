using Majordome.Cards;
using Majordome.Dialogs.Conversations.Booking;

namespace Majordome.Tests.Dialogs.Conversations.Booking;

public class BookingChangeReaderTests
{
    [Theory]
    [InlineData("annulez-la s'il vous plaît", CardActions.CancelBooking)]
    [InlineData("je ne pourrai pas venir samedi", CardActions.CancelBooking)]
    [InlineData("Annulation de ma réservation", CardActions.CancelBooking)]
    [InlineData("cancel it", CardActions.CancelBooking)]
    [InlineData("I can't make it, sorry", CardActions.CancelBooking)]
    [InlineData("on peut décaler à samedi ?", CardActions.MoveBooking)]
    [InlineData("je voudrais changer l'heure", CardActions.MoveBooking)]
    [InlineData("can we reschedule?", CardActions.MoveBooking)]
    [InlineData("move it to another day", CardActions.MoveBooking)]
    public void Read_FindsTheChange(string text, string expected)
    {
        Assert.Equal(expected, BookingChangeReader.Read(text)?.Action);
    }

    [Theory]
    [InlineData("mes réservations")]
    [InlineData("my bookings")]
    [InlineData("à quelle heure est ma réservation ?")]
    [InlineData("")]
    public void Read_NoChange_IsNull(string text)
    {
        Assert.Null(BookingChangeReader.Read(text));
    }

    [Theory]
    [InlineData("annuler MT-7K2QX", "MT-7K2QX")]
    [InlineData("cancel mt 7k2qx please", "MT-7K2QX")]
    [InlineData("move booking MT-ABCDE", "MT-ABCDE")]
    [InlineData("cancel MT-IL0O1", null)]
    public void Read_KeepsTheReference(string text, string? reference)
    {
        Assert.Equal(reference, BookingChangeReader.Read(text)?.Reference);
    }
}
