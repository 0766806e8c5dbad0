fn main() {
    spanwright_app::run();
}
