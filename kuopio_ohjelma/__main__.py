from kuopio_ohjelma.cli import main

main()
