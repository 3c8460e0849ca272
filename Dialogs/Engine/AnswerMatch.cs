namespace Majordome.Dialogs.Engine;

/// <summary>How the turn's message answers the question a dialog waits on (see <see cref="Dialog.RecognizeAnswerAsync"/>).</summary>
public enum AnswerMatch
{
    /// <summary>Nothing in the message answers the question.</summary>
    None,

    /// <summary>
    /// The question takes any text (a name, a comment, a question for the FAQ): the message is its answer unless
    /// it is a command or clearly asks for another flow; small talk ("perfect, thanks") is an answer there too.
    /// </summary>
    Open,

    /// <summary>The message may be the answer: some of its words point to a choice, but not clearly.</summary>
    Possible,

    /// <summary>The message is the answer: a choice's title, value or synonym, its number, a date, a yes or a no.</summary>
    Clear,
}
