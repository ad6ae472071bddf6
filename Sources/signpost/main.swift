import SignpostCLI

SignpostCommand.prepareProcess()
SignpostCommand.mainSuggestingCommands()
