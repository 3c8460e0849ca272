using Majordome.Dialogs.Anticipation;

namespace Majordome.Bot.Anticipation.Policy;

/// <summary>
/// One check a due message passes before anything is sent (the customer stopped, quiet hours, pace): a verdict that
/// holds it back, or null to let the next rule decide. The channel's own rules come last (<see cref="IProactiveChannelPolicy"/>).
/// </summary>
public interface IProactiveRule
{
    /// <summary>A verdict that holds <paramref name="job"/> back, or null.</summary>
    Task<ProactiveVerdict?> CheckAsync(ProactiveJob job, ProactiveMessage message, CancellationToken cancellationToken = default);
}

/// <summary>What one channel allows for a message its customer did not ask for: a route to send it by, or a drop with its reason.</summary>
public interface IProactiveChannelPolicy
{
    /// <summary>Whether this policy decides for <paramref name="channelId"/>.</summary>
    bool Handles(string channelId);

    /// <summary>The route, or the reason it may not be sent.</summary>
    Task<ProactiveVerdict> DecideAsync(ProactiveJob job, ProactiveMessage message, CancellationToken cancellationToken = default);
}
