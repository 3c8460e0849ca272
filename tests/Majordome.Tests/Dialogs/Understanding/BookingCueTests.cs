using Majordome.Dialogs.Understanding;

namespace Majordome.Tests.Dialogs.Understanding;

public sealed class BookingCueTests
{
    private static readonly string[] BrandIntents = ["information", "shop", "book", "my-bookings", "orders", "human", "none"];

    private static IntentDecision Confident(string intent) => new(IntentDecisionKind.Confident, [intent]);

    [Theory]
    [InlineData("Please book me a restaurant")]
    [InlineData("Reserve me a resturant at seventeen o'clock")]
    [InlineData("réserve-moi un resto")]
    [InlineData("I'd like to reserve 2 seats")]
    [InlineData("a table for 6 people")]
    [InlineData("I'd like to go to a pizzeria within walking distance")]
    [InlineData("book a spot at a highly rated afghan restaurant")]
    [InlineData("I need reservations at Khedive Palace that's close in town.")]
    [InlineData("Book the Great House at Sonning distant from Gun Hill Rd.")]
    [InlineData("je voudrais faire une réservation")]
    [InlineData("I'd like to go to the Venetian Theatre in Gabon, party of seven")]
    public void Apply_OutOfScopeButAskingForATable_StartsTheBooking(string text)
    {
        var decision = BookingCue.Apply(IntentDecision.OutOfScope, BrandIntents, text, UnderstoodEntities.Empty);

        Assert.Equal("book", decision.Intent);
    }

    [Theory]
    [InlineData("i want to book a hotel in nice")]
    [InlineData("good japanese restaurant in lyon")]
    [InlineData("recipe for lasagna")]
    [InlineData("what's the capital of Canada")]
    [InlineData("I want to eat Louisiana Fried Chicken")]
    [InlineData("I need a reservation for a hotel room in Lyon")]
    [InlineData("can you book me a flight to Montreal")]
    [InlineData("I'm reading a good book")]
    public void Apply_OutOfScopeWithoutATableAsked_StaysOutOfScope(string text)
    {
        var decision = BookingCue.Apply(IntentDecision.OutOfScope, BrandIntents, text, UnderstoodEntities.Empty);

        Assert.Equal(IntentDecisionKind.OutOfScope, decision.Kind);
    }

    [Fact]
    public void Apply_AGiftBoxForTwoInTheShop_StaysInTheShop()
    {
        // A party alone is weak evidence: "un coffret pour 2 personnes" is a product.
        var decision = BookingCue.Apply(Confident("shop"), BrandIntents, "un coffret pour 2 personnes", UnderstoodEntities.Empty);

        Assert.Equal("shop", decision.Intent);
    }

    [Fact]
    public void Apply_TheShopChosenForABookedRestaurant_StartsTheBooking()
    {
        var decision = BookingCue.Apply(Confident("shop"), BrandIntents, "Book a fast food restaurant.", UnderstoodEntities.Empty);

        Assert.Equal("book", decision.Intent);
    }

    [Theory]
    [InlineData("human", "I want to book a table for 12, put me through to someone")]
    [InlineData("my-bookings", "cancel my restaurant booking for 4")]
    [InlineData("human", "I want to talk to someone about a group of 12 at the restaurant")]
    [InlineData("my-bookings", "my reservation")]
    [InlineData("my-bookings", "show me my bookings")]
    public void Apply_APersonOrAnExistingBooking_IsKept(string intent, string text)
    {
        var decision = BookingCue.Apply(Confident(intent), BrandIntents, text, UnderstoodEntities.Empty);

        Assert.Equal(intent, decision.Intent);
    }

    [Theory]
    [InlineData("I'd like to go to the Venetian Theatre in Gabon, party of seven")]
    [InlineData("we want to come to the Lyon tasting, party of 5")]
    public void Apply_TheShopChosenForPeopleGoingSomewhere_StartsTheBooking(string text)
    {
        // Going somewhere with a number of people is a table, whatever the place is called.
        var decision = BookingCue.Apply(Confident("shop"), BrandIntents, text, UnderstoodEntities.Empty);

        Assert.Equal("book", decision.Intent);
    }

    [Theory]
    [InlineData("I want to take nine people to a diner close to the spa")]
    [InlineData("I want to take 4 people to the pub tonight")]
    public void Apply_APersonChosenForPeopleTakenToAPlace_StartsTheBooking(string text)
    {
        // "people" resembles the examples' "person"; nothing asks for one of the team.
        var decision = BookingCue.Apply(Confident("human"), BrandIntents, text, UnderstoodEntities.Empty);

        Assert.Equal("book", decision.Intent);
    }

    [Theory]
    [InlineData("I want to take my mom and I to the tea house")]
    [InlineData("I want to take me and my crew to the smoking room restaurant")]
    public void Apply_BookingsMadeChosenForTakingSomeoneToAPlace_StartsTheBooking(string text)
    {
        var decision = BookingCue.Apply(Confident("my-bookings"), BrandIntents, text, UnderstoodEntities.Empty);

        Assert.Equal("book", decision.Intent);
    }

    [Fact]
    public void Apply_BookingsMadeChosenForANewTasting_StartsTheBooking()
    {
        // The classifier took "would love to do the tea tasting" for the customer's bookings; nothing speaks of one made.
        var decision = BookingCue.Apply(Confident("my-bookings"), BrandIntents, "Hello! My mum and I would love to do the tea tasting on Sunday afternoon.", UnderstoodEntities.Empty);

        Assert.Equal("book", decision.Intent);
    }

    [Fact]
    public void Apply_AHesitationBetweenTwoOtherFlows_IsKept()
    {
        var hesitation = new IntentDecision(IntentDecisionKind.Ambiguous, ["information", "shop"]);

        var decision = BookingCue.Apply(hesitation, BrandIntents, "a table for 4", UnderstoodEntities.Empty);

        Assert.Same(hesitation, decision);
    }

    [Fact]
    public void Apply_ABrandWithoutTheBookingFlow_IsLeftAlone()
    {
        var decision = BookingCue.Apply(IntentDecision.OutOfScope, ["information", "shop", "none"], "Please book me a restaurant", UnderstoodEntities.Empty);

        Assert.Equal(IntentDecisionKind.OutOfScope, decision.Kind);
    }
}
