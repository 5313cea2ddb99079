using Entente.Models.ExpectedUtility;

namespace Entente.Models.Diplomacy.Engine;

/// <summary>
/// The perception provider the layer hands the expected utility model on one issue (specification §11.2):
/// every receiver weighs offers with the saliences it expects of the others, ŝ^h_j = E^h[r_j].
/// </summary>
internal sealed class LayerPerception : IPerceivedSaliences
{
    private readonly LayerState _state;
    private readonly int _issue;
    private readonly int[] _members;

    public LayerPerception(LayerState state, int issue, int[] members)
    {
        _state = state;
        _issue = issue;
        _members = members;
        for (var i = 0; i < members.Length && !AnyDiffers; i++)
        {
            AnyDiffers = Differs(i);
        }
    }

    public bool AnyDiffers { get; }

    public bool Fill(int receiver, Span<double> saliences)
    {
        // One pass: the expected saliences, and whether any differs from the truth (the buffer is unused when none does).
        var h = _members[receiver];
        var differs = false;
        for (var k = 0; k < _members.Length; k++)
        {
            var j = _members[k];
            saliences[k] = _state.Perceived(h, j, _issue);
            differs |= saliences[k] != _state.Resolve[j, _issue];
        }
        return differs;
    }

    private bool Differs(int receiver)
    {
        var h = _members[receiver];
        foreach (var j in _members)
        {
            if (_state.Perceived(h, j, _issue) != _state.Resolve[j, _issue])
            {
                return true;
            }
        }
        return false;
    }
}
