namespace Majordome.Bot.Channels;

/// <summary>
/// One entry of a list the customer saw numbered ("4. Aubade — €4.10"), as what tapping it would have sent: a text
/// (a product's name, a question, a choice's value) or a card's JSON submit, which becomes the activity's value.
/// </summary>
/// <param name="Payload">The text, or the JSON object of a submit (it starts with "{").</param>
public sealed record NumberedChoice(string Payload);
