using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Majordome.Dialogs.Flows.Experiments;

/// <summary>
/// Picks a customer's variant from a hash of their identity, the flow and the experiment: the same customer gets
/// the same variant on every instance and after a restart, even before the assignment is stored, and two
/// experiments split customers independently of each other.
/// </summary>
public static class FlowVariantPicker
{
    /// <summary>The variant of <paramref name="identity"/>, drawn in proportion to the weights.</summary>
    public static string Pick(string identity, string flowId, FlowExperiment experiment)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(flowId);
        ArgumentNullException.ThrowIfNull(experiment);
        var total = experiment.Variants.Sum(v => (long)v.Weight);
        if (total <= 0)
        {
            throw new ArgumentException("An experiment needs at least one variant of positive weight.", nameof(experiment));
        }

        // SHA-256 rather than GetHashCode: stable across processes and versions. 64 bits modulo a total of at most a
        // few thousand is uniform to within 1e-15, far below what any test could see.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{flowId}\n{experiment.Name}\n{identity}"));
        var slot = (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)total);
        foreach (var variant in experiment.Variants)
        {
            if (slot < variant.Weight)
            {
                return variant.Name;
            }

            slot -= variant.Weight;
        }

        return experiment.Variants[^1].Name;
    }
}
