using System.Globalization;

namespace Majordome.Dialogs.Anticipation;

/// <summary>Writes the message of one kind of job when it is due (so it says what is true then, not when it was scheduled).</summary>
public interface IProactiveMessageComposer
{
    /// <summary>The <see cref="ProactiveKinds"/> value this composer writes.</summary>
    string Kind { get; }

    /// <summary>
    /// The message for <paramref name="job"/> in <paramref name="culture"/>, or null when it no longer applies (the
    /// customer already reordered, the booking was cancelled): the job is then dropped with that reason.
    /// </summary>
    Task<ProactiveMessage?> ComposeAsync(ProactiveJob job, CultureInfo culture, CancellationToken cancellationToken);
}
