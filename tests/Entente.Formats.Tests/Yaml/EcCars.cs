namespace Entente.Formats.Tests.Yaml;

/// <summary>The EC car-emissions case written by hand in the YAML format, as docs/scenario-format.md shows it.</summary>
internal static class EcCars
{
    public const string Yaml = """
        name: EC car emissions (1994)
        description: Emission standards for medium-sized cars
        sources:
          - "Bueno de Mesquita 1994, European Community Decision Making"
        salienceScale: unit
        model:
          name: eum
          options: { rounds: 10, variant: scholz }
        actors:
          - id: NL
            name: Netherlands
            capability: 0.08
            groups: [benelux]
          - id: BE
            name: Belgium
            capability: 0.08
            riskAttitude: 1.5
          - id: DE
            name: Germany
            description: the largest car maker
        issues:
          - id: cars
            name: Emission standards
            scale:
              min: 0
              max: 10
              labels:
                0: "no standard"
                10: "strict US-style standard"
            statusQuo: 4
            decisionRule: { kind: qualified-majority, threshold: 0.71 }
            positions:
              NL: { position: 4, salience: 0.8 }
              BE: { position: 7, salience: 0.4 }
              DE: { position: 4, salience: 0.8, capability: 0.16 }
          - id: tax
            decisionRule: majority
            positions:
              NL: { position: 30, salience: 0.2 }
              DE:
                position: 70
                salience: 0.5
                capability: 0.2
        """;
}
