package org.custodian.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.custodian.engine.InfoType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "detectors", mixinStandardHelpOptions = true,
        description = {"List the built-in detectors and their infoTypes.",
            "With --config, the detectors that configuration adds or switches off are applied."})
final class DetectorsCommand implements Callable<Integer> {
    @ParentCommand
    CustodianCommand root;

    @Option(names = "--config", paramLabel = "FILE", description = "Include the custom detectors of this configuration.")
    Path config;

    @Override
    public Integer call() {
        List<EngineAssembly.DetectorEntry> detectors = EngineAssembly.detectors(config);
        var out = root.env().out();
        int width = 8;
        for (EngineAssembly.DetectorEntry d : detectors) width = Math.max(width, d.id().length());
        out.printf("%-" + width + "s  %s%n", "DETECTOR", "INFOTYPES");
        for (EngineAssembly.DetectorEntry d : detectors) {
            TreeSet<InfoType> types = new TreeSet<>(d.infoTypes());
            out.printf("%-" + width + "s  %s%n", d.id(), String.join(",", types.stream().map(InfoType::name).toList()));
        }
        out.println();
        out.println("infoTypes: " + String.join(" ",
                EngineAssembly.knownInfoTypes(detectors).stream().map(InfoType::name).toList()));
        return ExitCodes.OK;
    }
}
