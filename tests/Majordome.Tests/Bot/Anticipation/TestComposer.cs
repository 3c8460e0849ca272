using System.Collections.Concurrent;
using System.Globalization;
using Majordome.Dialogs.Anticipation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>
/// A test-only composer (the real ones are the senders' branch): writes "{kind} #{id} ({culture})" of the category it
/// is given, with a template when given (and marked asked for by the customer when told), and counts what it composed; jobs listed in <see cref="NoLongerApplies"/> get null.
/// </summary>
public sealed class TestComposer(string kind, ProactiveCategory category, ProactiveTemplate? template = null, bool askedForByCustomer = false) : IProactiveMessageComposer
{
    public string Kind => kind;

    public ConcurrentBag<long> NoLongerApplies { get; } = [];

    public ConcurrentBag<(long JobId, string Culture)> Composed { get; } = [];

    public Task<ProactiveMessage?> ComposeAsync(ProactiveJob job, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(culture);
        if (NoLongerApplies.Contains(job.Id))
        {
            return Task.FromResult<ProactiveMessage?>(null);
        }

        Composed.Add((job.Id, culture.Name));
        IActivity text = MessageFactory.Text($"{kind} #{job.Id} ({culture.Name})");
        return Task.FromResult<ProactiveMessage?>(new ProactiveMessage(category, [text], template, askedForByCustomer));
    }
}
