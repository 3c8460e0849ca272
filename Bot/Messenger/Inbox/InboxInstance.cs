using System.Globalization;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>
/// Who this process is to the inbox. <see cref="InstanceId"/> names the instance and stays the same across its
/// restarts (configured, or the machine's name and the addresses it listens on), so a restarted instance knows the
/// claims its previous run left behind and takes them back at once. <see cref="RunId"/> names this run: claims are
/// held by a run, and a run that stops heart-beating loses them to the other instances.
/// </summary>
public sealed class InboxInstance
{
    /// <summary>Creates the identity of a run of <paramref name="instanceId"/>.</summary>
    public InboxInstance(string instanceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        InstanceId = instanceId;
        RunId = string.Create(CultureInfo.InvariantCulture, $"{instanceId}#{Guid.NewGuid():N}");
    }

    /// <summary>The instance's stable name.</summary>
    public string InstanceId { get; }

    /// <summary>This run's name, unique.</summary>
    public string RunId { get; }

    /// <summary>
    /// The configured <see cref="MessengerInboxOptions.InstanceId"/>, or else the machine's name and the addresses the
    /// bot listens on (<c>Urls</c>): the same after a restart, and different for two processes on one machine, which
    /// cannot listen on the same port.
    /// </summary>
    public static InboxInstance From(MessengerInboxOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrWhiteSpace(options.InstanceId))
        {
            return new InboxInstance(options.InstanceId.Trim());
        }

        return new InboxInstance($"{Environment.MachineName}/{Hosting.ListenAddresses.Describe(configuration)}");
    }
}
