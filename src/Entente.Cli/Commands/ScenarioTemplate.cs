namespace Entente.Cli.Commands;

/// <summary>
/// The scenario <c>entente init</c> writes: a small, valid case with a comment on every key, so a new user edits
/// rather than starts from nothing. Each key is the one docs/scenario-format.md describes.
/// </summary>
internal static class ScenarioTemplate
{
    public const string Text = """
        # A scenario for Entente: who the actors are, what they negotiate and where each stands.
        # Edit it, then: entente validate <this file>; entente forecast <this file>.
        # Every key: docs/scenario-format.md. Worked cases: entente examples.

        name: Three parties and a budget              # required: the case's name
        description: >                                # optional: free text
          Replace with what is being negotiated, by whom, and when.
        sources:                                      # optional: where the numbers come from
          - "Interview notes, March (judgement)"
        salienceScale: unit                           # saliences 0-1 (or: percent, 0-100)

        # model:                                      # optional: the model to run by default
        #   name: eum                                 # see: entente models
        #   options: { maxRounds: 20 }

        actors:                                       # required: in order (ties are broken by it)
          - { id: A, name: Party A, capability: 3 }   # capability: relative power; only ratios matter
          - { id: B, name: Party B, capability: 2 }
          - { id: C, name: Party C, capability: 1 }

        issues:                                       # required: each with the actors' stances
          - id: budget
            name: Size of the joint budget
            scale:                                    # optional: defaults to 0-100
              min: 0
              max: 100
              labels:                                 # optional: what points of the scale mean
                0: "no joint budget"
                50: "the current budget"
                100: "twice the current budget"
            statusQuo: 50                             # optional: the outcome if no agreement is reached
            decisionRule: consensus                   # or majority, qualified-majority (with a threshold), veto-players
            positions:                                # actor id: where it stands and how much it cares (salience)
              A: { position: 80, salience: 0.6 }
              B: { position: 40, salience: 0.9 }
              C: { position: 10, salience: 0.5 }

          - id: seat
            name: Where the secretariat sits
            scale: { min: 0, max: 10, labels: { 0: "in A's capital", 10: "in C's capital" } }
            positions:
              A: { position: 0, salience: 0.3 }
              B: { position: 5, salience: 0.2 }
              C: { position: 10, salience: 0.8 }
              # an actor that stays out of an issue is simply left out of its positions
        """;
}
