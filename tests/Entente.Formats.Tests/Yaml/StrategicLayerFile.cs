namespace Entente.Formats.Tests.Yaml;

/// <summary>
/// A valid file with the diplomacy layer, version 2: the specification's §15 sketch with every key (part 1, part 2
/// and Entente's <c>ideals</c>), on a small Korean case. Japan is left out of the freeze's sides: it has no stances here.
/// </summary>
internal static class StrategicLayerFile
{
    public const string Yaml = """
        name: Korea 2017, version 2
        actors:
          - id: US
            capability: 1
            factions:
              - { name: President, weight: 0.45 }
              - { name: Congress, weight: 0.35 }
              - { name: SecState, weight: 0.2 }
          - { id: China, capability: 0.8 }
          - { id: DPRK, capability: 0.2 }
          - { id: ROK, capability: 0.4 }
        issues:
          - id: nk_strike
            positions: { US: { position: 0, salience: 0.6 }, China: { position: 20, salience: 0.5 }, DPRK: { position: 80, salience: 0.9 } }
          - id: cn_pressure
            positions: { US: { position: 90, salience: 0.7 }, China: { position: 30, salience: 0.5 }, DPRK: { position: 0, salience: 0.6 } }
          - id: cn_aid
            positions: { China: { position: 60, salience: 0.4 }, DPRK: { position: 100, salience: 0.9 } }
          - id: cn_dprk_alignment
            positions: { China: { position: 70, salience: 0.6 }, DPRK: { position: 100, salience: 0.5 } }
          - id: us_cn_stance
            positions: { US: { position: 50, salience: 0.4 }, China: { position: 80, salience: 0.5 } }
          - id: rok_drills
            positions: { ROK: { position: 100, salience: 0.8 }, DPRK: { position: 0, salience: 0.7 }, US: { position: 100, salience: 0.5 } }
          - id: nk_missile
            positions: { DPRK: { position: 100, salience: 0.9 }, US: { position: 0, salience: 0.8 } }
          - id: md_deploy
            positions: { US: { position: 100, salience: 0.5 }, ROK: { position: 80, salience: 0.6 }, China: { position: 0, salience: 0.9 } }
          - id: nk_freeze
            positions: { DPRK: { position: 0, salience: 0.8 }, US: { position: 100, salience: 0.7 }, ROK: { position: 100, salience: 0.6 }, China: { position: 70, salience: 0.4 } }
        diplomacy:
          version: 2
          source: "specification §15"
          defaults:
            uncertainty: none
            audience_capacity: 0.31
            honour_scale: 0.51
            conflict_cost: 0.32
            psi: 0.26
            alpha_audience: { private: 0.01, leak: 0.29, public: 0.99, joint: 0.98, source: "§4.1" }
            alpha_disown: 0.14
            alpha_face: { private: 0.02, leak: 0.21, public: 0.52, joint: 0.53 }
            success: 0.55
            resolve_spread: 0.16
            tremble: 0.02
            theta_move: 0.03
            lambda: 0.9
            learning_moves: false
            discount: 0.71
            no_deal_cost: 0.22
            summit_no_deal_cost: 0.33
            delay_base: 0.011
            delay_benefit: 0.004
            tau_agree: 0.06
            summit_boost: 1.3
            summit_rounds: 3
            unilateral_grid: 50
            exposure: 0.45
            leverage_scale: 0.4
          actors:
            US: { audience_capacity: 0.6, honour_scale: 0.5, conflict_cost: 0.3, psi: 0.2, source: "judgement" }
            DPRK: { audience_capacity: 0.05 }
          issues: { nk_strike: { decided_by: DPRK }, cn_pressure: { decided_by: China, source: "MFA briefing" }, cn_aid: { decided_by: China } }
          ideals:
            - { actor: ROK, issue: rok_drills, ideal: 60, source: "Moon's campaign" }
          types:
            - { of: China, dim: r, issue: nk_strike, grid: [0.2, 0.4, 0.6, 0.8], prior: uniform }
            - { of: US, dim: q, prior: [0.5, 0.3, 0.2], true: 0.5 }
            - { of: US.President, dim: q, reputation: 0.25 }
            - { of: DPRK, dim: r, issue: nk_strike, uncertain: 0.1, true: 0.9 }
            - { of: ROK, dim: r, issue: rok_drills, point: 0.8 }
          beliefs:
            - { observer: China, about: US, dim: q, prior: [0.6, 0.3, 0.1] }
            - { observer: DPRK, about: China, dim: r, issue: nk_strike, grid: [0.3, 0.7], prior: [1, 3] }
          perceptions:
            - { observer: China, of: US.President, audience_capacity: 0 }
          leverage:
            - { by: China, over: DPRK, issue: nk_strike, via: cn_pressure, scale: 0.5 }
            - { by: US, over: China, issue: cn_pressure, weight: 0.2 }
          delay:
            - { actor: DPRK, base: 0.01, benefit: 0.03, from: [{ actor: China, issue: cn_pressure, scale: 0.05 }] }
          signals:
            - { id: envoy, round: 1, by: China, to: DPRK, cc: [ROK], channel: private, kind: threat,
                ask: { issue: nk_strike, at_most: 20 }, action: { issue: cn_aid, to: 20, source: "account" },
                reaction: { issue: cn_dprk_alignment, shift: 50 }, sunk: 0.05, strategic: true, description: "Dai Bingguo in Pyongyang" }
            - { id: leak, round: 2, by: US, channel: leak, kind: credit, subject: China,
                issue: cn_pressure, reward: { issue: us_cn_stance, to: 85 } }
            - { id: sacred_war, round: 3, by: DPRK, to: ROK, channel: public, kind: threat,
                ask: { issue: rok_drills, at_most: 0 }, action: contest, success: 0.1 }
            - { id: md, round: 2, by: [US, ROK], to: China, channel: joint, kind: promise,
                ask: { issue: cn_pressure, at_least: 70 }, condition: { actor: DPRK, issue: nk_missile },
                action: { issue: md_deploy, schedule: [[0, 20], [100, 100]] }, expect: { condition_value: 50 }, expires: 6 }
            - { id: red_line, round: 1, by: US, channel: public, kind: stand, issue: nk_strike, at: 10, reaction: { cost: 0.1 } }
            - { id: rebuke, round: 2, by: US, channel: public, kind: blame, subject: China, issue: cn_pressure, demand: 60,
                penalty: { issue: us_cn_stance, to: 30 }, report: { subject: DPRK, dim: r, issue: nk_strike, at_least: 0.7 } }
            - { id: dossier, round: 3, by: ROK, channel: public, kind: report, report: { subject: DPRK, dim: q, at_most: 0.3 } }
          events: [{ round: 5, disown: leak }]
          negotiations:
            - { id: visit, parties: [US, China], deadline: 6, discount: 0.7,
                items: [{ actor: China, issue: cn_pressure, at_least: 70 }],
                no_deal_cost: { US: 0.3, China: 0.2 }, summit: { boost: 1.25, rounds: 2 } }
            - { id: freeze, sides: [[DPRK], [US, ROK, China]], issues: [nk_freeze] }
          conflict: { dyads: [[US, DPRK], [ROK, DPRK]], cost: { DPRK: 0.5 } }
          montecarlo: { trials: 500, seed: 2010 }
          outputs: { watch: [{ observer: China, about: US, dim: q }, { observer: DPRK, about: China, dim: r, issue: nk_strike }] }
        """;

    /// <summary>The file with <paramref name="original"/> replaced by <paramref name="replacement"/>; fails when the original is not there once.</summary>
    public static string With(string original, string replacement)
    {
        var first = Yaml.IndexOf(original, StringComparison.Ordinal);
        Assert.True(first >= 0 && Yaml.IndexOf(original, first + 1, StringComparison.Ordinal) < 0, $"'{original}' is not in the file exactly once");
        return Yaml.Replace(original, replacement, StringComparison.Ordinal);
    }

    /// <summary>The 1-based line and column of the first <paramref name="needle"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) At(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, needle);
        var line = text[..index].Count(c => c == '\n') + 1;
        var column = index - (text.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1) + 1;
        return (line, column);
    }
}
