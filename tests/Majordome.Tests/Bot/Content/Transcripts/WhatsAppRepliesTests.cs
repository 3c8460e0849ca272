using Majordome.Bot.Content.Transcripts;
using Majordome.Bot.WhatsApp.Rendering;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Content.Transcripts;

/// <summary>What a transcript played on WhatsApp reads of the bot's messages: what the WhatsApp renderer sends.</summary>
public class WhatsAppRepliesTests
{
    private static readonly WhatsAppReplies Replies = new(new WhatsAppRenderer(Localizer.Default), "en");

    private static Activity Ask(string text, IEnumerable<CardAction> actions)
    {
        var activity = (Activity)MessageFactory.Text(text);
        activity.SuggestedActions = new SuggestedActions { Actions = [.. actions] };
        return activity;
    }

    private static IEnumerable<CardAction> Titles(int count) =>
        Enumerable.Range(1, count).Select(i => new CardAction(ActionTypes.ImBack, $"Option {i}", value: $"option {i}"));

    [Fact]
    public void From_FourChoices_AreTheRowsOfAList_ATapSendingTheChoicesValue()
    {
        var replies = Replies.From(Ask("Which one?", Titles(4)));

        var reply = Assert.Single(replies);
        Assert.Equal("Which one?", reply.Text);
        Assert.Equal(["Option 1", "Option 2", "Option 3", "Option 4"], reply.Buttons.Select(b => b.Title));
        Assert.Equal("option 4", reply.Buttons[3].Text);
    }

    [Fact]
    public void From_TwelveChoices_AreNumberedTextWithoutButtons()
    {
        var replies = Replies.From(Ask("Which one?", Titles(12)));

        var reply = Assert.Single(replies);
        Assert.Empty(reply.Buttons);
        Assert.StartsWith("Which one?", reply.Text, StringComparison.Ordinal);
        Assert.Contains("12. Option 12", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void From_ACardSubmitChoice_TapSendsItsObjectAsTheValue()
    {
        var submit = new JObject { ["action"] = "menu", ["choice"] = "book" };
        var replies = Replies.From(Ask("Hello", [new CardAction(ActionTypes.PostBack, "Book", value: submit)]));

        var button = Assert.Single(Assert.Single(replies).Buttons);
        Assert.Null(button.Text);
        Assert.True(JToken.DeepEquals(submit, button.Value));
    }
}
