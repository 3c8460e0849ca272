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
    public void Apply_APersonOrAnExistingBooking_IsKept(string intent, string text)
    {
        var decision = BookingCue.Apply(Confident(intent), BrandIntents, text, UnderstoodEntities.Empty);

        Assert.Equal(intent, decision.Intent);
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
