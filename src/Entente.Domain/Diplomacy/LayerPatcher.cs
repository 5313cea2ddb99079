using Entente.Domain.Strategic;

namespace Entente.Domain.Diplomacy;

/// <summary>
/// The patches of a variant that act on a version-2 layer read from the file (not mapped from version 1):
/// signals are found by id among its claims, negotiations among its negotiations.
/// </summary>
internal static class LayerPatcher
{
    /// <summary>The layer with <paramref name="patch"/> applied; unchanged for a patch that does not act on it.</summary>
    public static StrategicLayer Apply(StrategicLayer layer, VariantPatch patch) => patch.Kind switch
    {
        // A dropped leak has nothing left to disown, so its disowning goes with it.
        PatchKind.DropSignal => layer with
        {
            Signals = new(layer.Signals.Where(c => c.Id != patch.Target)),
            Events = new(layer.Events.Where(e => e.Disown != patch.Target)),
        },
        PatchKind.SetChannel when patch.Channel is { } channel => SetChannel(layer, patch.Target, channel, patch.Recipients),
        PatchKind.DropNegotiation => layer with { Negotiations = new(layer.Negotiations.Where(n => n.Id != patch.Target)) },
        _ => layer,
    };

    /// <summary>
    /// Sends a claim through another channel. Going private, the recipients are its audience: the first becomes
    /// its addressee when it has none (a stand or a report), the rest are copied; an addressee it has keeps its
    /// place. Through any other channel the audience is the channel's, so copies are cleared; and only a leak
    /// can be disowned, so the disowning of a claim that is no longer one goes.
    /// </summary>
    private static StrategicLayer SetChannel(StrategicLayer layer, string? target, Channel channel, ValueList<string> recipients)
    {
        var signals = layer.Signals.Select(c =>
        {
            if (c.Id != target)
            {
                return c;
            }
            if (channel != Channel.Private)
            {
                return c with { Channel = channel, Cc = ValueList<string>.Empty };
            }
            var to = c.To ?? recipients.FirstOrDefault();
            return c with { Channel = channel, To = to, Cc = new(recipients.Where(r => r != to).Distinct(StringComparer.Ordinal)) };
        });
        var events = channel == Channel.Leak ? layer.Events : new(layer.Events.Where(e => e.Disown != target));
        return layer with { Signals = new(signals), Events = events };
    }
}
