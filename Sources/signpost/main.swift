import SignpostCLI

SignpostCommand.prepareProcess()
SignpostCommand.main()
